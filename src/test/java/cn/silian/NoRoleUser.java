package cn.silian;

import cn.silian.security.AccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.List;

/**
 * Signs a demo account in with none of its authorities: the services still see who he is (an
 * office account's object checks would let him through), so only method security refuses him.
 * A test that expects the refusal fails when a service method loses its {@code @PreAuthorize}.
 */
public final class NoRoleUser {

    private NoRoleUser() {
    }

    public static void login(AccountService accounts, String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        SecurityContextHolder.setContext(context);
    }
}
