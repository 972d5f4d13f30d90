package cn.silian.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed logins for this user name or address; the login view says when to retry. */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterMinutes;

    LoginThrottledException(Duration retryAfter) {
        super("too many failed logins");
        this.retryAfterMinutes = Math.max(1, (retryAfter.getSeconds() + 59) / 60);
    }

    public long retryAfterMinutes() {
        return retryAfterMinutes;
    }
}
