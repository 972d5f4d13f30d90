package cn.silian.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts the current thread where a correct password leaves an account with a second factor. */
public final class PendingLogins {

    private PendingLogins() {
    }

    public static SecondFactorPending pending(AccountService accounts, String username) {
        SilianUser user = (SilianUser) accounts.loadUserByUsername(username);
        SecondFactorPending pending = new SecondFactorPending(user.accountId(), user.getUsername(), null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending);
        SecurityContextHolder.setContext(context);
        return pending;
    }

    public static boolean isPending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending;
    }
}
