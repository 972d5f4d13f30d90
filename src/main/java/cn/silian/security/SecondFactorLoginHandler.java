package cn.silian.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * What follows a correct password. For an account with a second factor, or whose role requires
 * one, the session is not signed in yet: the full authentication the form login has just stored
 * is replaced by a {@link SecondFactorPending} and the browser goes to the code page. Everyone
 * else goes on as Vaadin's own handler sends him.
 */
@Component
public class SecondFactorLoginHandler extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    /** The code page's route. */
    public static final String ROUTE = "login/second-factor";

    private final SecondFactorService secondFactor;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SecondFactorLoginHandler(SecondFactorService secondFactor) {
        this.secondFactor = secondFactor;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof SilianUser user && secondFactor.needsSecondStep(user)) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new SecondFactorPending(user.accountId(), user.getUsername(),
                    authentication.getDetails()));
            SecurityContextHolder.setContext(context);
            repository.saveContext(context, request, response);
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, "/" + ROUTE);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
