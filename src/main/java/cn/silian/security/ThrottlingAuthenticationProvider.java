package cn.silian.security;

import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Password login that refuses further attempts once a user name or address has failed too
 * often — checked before the password, so that a correct guess during the lock-out gains nothing.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottlingAuthenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder,
                                     LoginThrottle throttle, ApplicationEventPublisher events) {
        this.delegate = new DaoAuthenticationProvider(accounts);
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = AccountService.normalize(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Duration wait = throttle.retryAfter(username, address);
        if (!wait.isZero() && !wait.isNegative()) {
            audit(username, AuditEvent.Action.LOGIN_FAILED, "audit.session.throttled", address);
            throw new LoginThrottledException(wait);
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username);
            audit(username, AuditEvent.Action.LOGIN, "audit.session.login", address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            audit(username, AuditEvent.Action.LOGIN_FAILED, "audit.session.bad-credentials", address);
            throw e;
        }
    }

    private void audit(String username, AuditEvent.Action action, String summaryKey, String address) {
        String actor = username == null ? "?" : username.length() > 50 ? username.substring(0, 50) : username;
        events.publishEvent(new AuditEvent(actor, action, "Session", null,
                Message.of(summaryKey, address == null ? Message.of("audit.session.address-unknown") : address),
                null, null));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
