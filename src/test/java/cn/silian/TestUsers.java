package cn.silian;

import cn.silian.security.AccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/** Signs a demo account in for the current thread, exactly as login would. */
public final class TestUsers {

    private TestUsers() {
    }

    public static void login(AccountService accounts, String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        signIn(user, user.getAuthorities());
    }

    /**
     * Signs a demo account in with none of its authorities: the services still see who he is (an
     * office account's object checks would let him through), so only method security refuses him.
     * A test that expects the refusal fails when a service method loses its {@code @PreAuthorize}.
     */
    public static void loginWithoutRoles(AccountService accounts, String username) {
        signIn(accounts.loadUserByUsername(username), List.of());
    }

    private static void signIn(UserDetails user, Collection<? extends GrantedAuthority> authorities) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }

    public static <T> T as(AccountService accounts, String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            login(accounts, username);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
