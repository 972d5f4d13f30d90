package cn.silian.security.ui;

import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After an administrator's password reset, the account may open nothing but
 * {@link ChangePasswordView} until it has chosen a password of its own. The sign-in page, the
 * error views (access denied, not found) and signing out stay reachable. Only a fully signed-in
 * user is held: a sign-in still waiting for its second factor carries no role and is left to
 * that step.
 */
@Component
public class PasswordChangeGuard implements VaadinServiceInitListener {

    private static final Set<String> ROLE_AUTHORITIES = Arrays.stream(Role.values()).map(Role::authority)
            .collect(Collectors.toUnmodifiableSet());

    private final AccountService accounts;

    PasswordChangeGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class
                || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        if (mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    private boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof SilianUser user)
                || auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(ROLE_AUTHORITIES::contains)) {
            return false;
        }
        // The sign-in said so; the database says whether he has changed it since (one query, only for him).
        return user.passwordChangeRequired() && accounts.passwordChangeRequired();
    }
}
