package cn.silian.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who is calling: services use it for object-level checks (own street, own record). */
@Component
public class CurrentUser {

    public Optional<SilianUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SilianUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The caller, or an {@link AccessDeniedException} when nobody is signed in. */
    public SilianUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public String username() {
        return get().map(SilianUser::getUsername).orElse(SystemUser.NAME);
    }
}
