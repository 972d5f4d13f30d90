package cn.silian.security;

/** Too many wrong codes: the pending sign-in is over and must start again from the password. */
public class SecondFactorLockedException extends RuntimeException {

    public SecondFactorLockedException() {
        super("too many wrong second-factor codes");
    }
}
