package cn.silian.shared;

/**
 * What the main layout shows of the signed-in user. Implemented by the security module's
 * principal, so that the shared layout needs no dependency on security.
 */
public interface DisplayedUser {
    String displayName();

    /** Message key of the user's role. */
    String roleKey();
}
