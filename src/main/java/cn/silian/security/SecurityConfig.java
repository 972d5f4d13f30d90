package cn.silian.security;

import cn.silian.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration
@EnableWebSecurity
// @PreAuthorize only: JSR-250 interception would proxy every Vaadin view, whose @RolesAllowed
// Vaadin's own navigation access control already enforces.
@EnableMethodSecurity
class SecurityConfig {

    private static final String[] SIGNED_IN_ROLES = java.util.Arrays.stream(Role.values()).map(Role::name)
            .toArray(String[]::new);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecondFactorLoginHandler secondFactorLogin) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/actuator/health", "/actuator/health/**")
                .permitAll()
                // Calendar clients poll the subscription feed without a session: the secret token
                // in the URL is the credential, and a bad one is a 404, never a login redirect.
                .requestMatchers("/calendar/feed/**").permitAll()
                // Document files: for a signed-in user with a link signed for him; the download
                // checks his right to the document again.
                // (Signed in means with a role: a session still waiting for its second factor has none.)
                .requestMatchers("/files/**").hasAnyRole(SIGNED_IN_ROLES)
                // Scripts of webjars on the class path (the dashboards' ECharts): for signed-in users.
                .requestMatchers("/webjars/**").hasAnyRole(SIGNED_IN_ROLES));
        // The throttling provider is a bean, so the global authentication manager uses it. Adding it
        // to this chain as well would make a failed login count twice (child, then parent manager).
        // No page may be framed, except a document file, which Silian's own preview dialog frames
        // (its controller sends SAMEORIGIN).
        RequestMatcher notAFile = new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/files/**"));
        http.headers(headers -> headers
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notAFile,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // The default session-fixation protection gives the session a new id at login. Vaadin's
        // configurer takes its success handler from this shared object: ours stops at the
        // second factor where the account has one (SecondFactorLoginHandler).
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, secondFactorLogin);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** bcrypt by default, and able to read hashes of other schemes should we migrate. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
