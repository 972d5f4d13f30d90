package cn.silian.security.ui;

import cn.silian.home.HomeView;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.shared.ui.AccessDeniedView;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The guard's decisions, without a UI: who is held on the change-password view, and where. */
class PasswordChangeGuardTest {

    private final AccountService accounts = mock(AccountService.class);
    private final PasswordChangeGuard guard = new PasswordChangeGuard(accounts);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFullySignedInUserWhosePasswordWasResetIsSentToTheChangeView() {
        signIn(user(true), Role.DEPUTY.authority());
        when(accounts.passwordChangeRequired()).thenReturn(true);
        BeforeEnterEvent event = enter(HomeView.class);
        guard.beforeEnter(event);
        verify(event).forwardTo(ChangePasswordView.class);
    }

    @Test
    void aSignInStillWaitingForItsSecondFactorIsLeftToThatStep() {
        signIn(user(true), "ROLE_SECOND_FACTOR_PENDING");
        when(accounts.passwordChangeRequired()).thenReturn(true);
        BeforeEnterEvent event = enter(HomeView.class);
        guard.beforeEnter(event);
        verify(event, never()).forwardTo(any(Class.class));
    }

    @Test
    void theChangeViewTheLoginViewAndErrorViewsStayReachable() {
        signIn(user(true), Role.OFFICE.authority());
        when(accounts.passwordChangeRequired()).thenReturn(true);
        for (Class<?> target : List.of(ChangePasswordView.class, LoginView.class, AccessDeniedView.class)) {
            BeforeEnterEvent event = enter(target);
            guard.beforeEnter(event);
            verify(event, never()).forwardTo(any(Class.class));
        }
    }

    @Test
    void onceChangedHeGoesWhereHeLikes() {
        signIn(user(true), Role.DEPUTY.authority());
        when(accounts.passwordChangeRequired()).thenReturn(false);
        BeforeEnterEvent event = enter(HomeView.class);
        guard.beforeEnter(event);
        verify(event, never()).forwardTo(any(Class.class));
    }

    @Test
    void aUserWithoutAResetCostsNoQuery() {
        signIn(user(false), Role.DEPUTY.authority());
        BeforeEnterEvent event = enter(HomeView.class);
        guard.beforeEnter(event);
        verify(event, never()).forwardTo(any(Class.class));
        verifyNoInteractions(accounts);
    }

    private static SilianUser user(boolean changeRequired) {
        return new SilianUser(42L, "npc", "", true, "刘海燕", Role.DEPUTY, null, 7L, null, changeRequired);
    }

    private static void signIn(SilianUser user, String authority) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(authority))));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static BeforeEnterEvent enter(Class<?> target) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getNavigationTarget()).thenReturn((Class) target);
        return event;
    }
}
