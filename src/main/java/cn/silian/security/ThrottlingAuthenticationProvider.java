package cn.silian.security;

import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;

/**
 * Password login that makes further attempts wait once a user name or address has failed too
 * often — checked before the password, so that a guess made too early tests nothing. Unknown
 * user names, disabled accounts and wrong passwords get the same answer after the same work:
 * one bcrypt comparison each (Spring compares against a dummy hash for an unknown name; the
 * account's state is checked only after its password), then one {@link BadCredentialsException}.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    /** The one answer to every failed sign-in, whatever the reason. */
    static final String BAD_CREDENTIALS = "bad credentials";

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final ClientAddress clientAddress;
    private final ApplicationEventPublisher events;

    ThrottlingAuthenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder,
                                     LoginThrottle throttle, ClientAddress clientAddress,
                                     ApplicationEventPublisher events) {
        this.delegate = new DaoAuthenticationProvider(accounts);
        this.delegate.setPasswordEncoder(passwordEncoder);
        // Spring checks "disabled" before the password, answering a disabled account faster (and
        // differently) than a wrong password; here the state is checked after it.
        this.delegate.setPreAuthenticationChecks(user -> { });
        this.delegate.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = AccountService.normalize(authentication.getName());
        String address = address(authentication);
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
            // Only the audit trail, which administrators read, tells a disabled account apart.
            audit(username, AuditEvent.Action.LOGIN_FAILED,
                    e instanceof DisabledException ? "audit.session.disabled" : "audit.session.bad-credentials", address);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
    }

    /** The client's address: behind a trusted proxy the forwarded one, else the peer's. */
    private String address(Authentication authentication) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return clientAddress.of(request);
        }
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? clientAddress.of(details.getRemoteAddress(), java.util.List.of()) : null;
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
