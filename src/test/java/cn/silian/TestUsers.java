package cn.silian;

import cn.silian.security.AccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.function.Supplier;

/** Signs a demo account in for the current thread, exactly as login would. */
public final class TestUsers {

    private TestUsers() {
    }

    public static void login(AccountService accounts, String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
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
