package cn.silian.security;

import cn.silian.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

@Configuration
@EnableWebSecurity
// @PreAuthorize only: JSR-250 interception would proxy every Vaadin view, whose @RolesAllowed
// Vaadin's own navigation access control already enforces.
@EnableMethodSecurity
class SecurityConfig {

    private static final String[] SIGNED_IN_ROLES = java.util.Arrays.stream(Role.values()).map(Role::name)
            .toArray(String[]::new);

    /**
     * The content security policy of every page. Vaadin's bootstrap page has inline scripts and
     * styles, and its client runs the server's {@code executeJs} through {@code new Function}
     * (as ECharts' options are set), so scripts need 'unsafe-inline' and 'unsafe-eval'; all of
     * it comes from Silian itself (the ECharts webjar included). No plug-ins, no foreign base, no
     * form posted elsewhere, and no page framed: only document files are, by Silian's own preview
     * dialog, and their controller sends a policy of its own (frame-ancestors 'self').
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Of a document file: framed by Silian's own pages only (its controller sends the same). */
    static final String FILE_POLICY = "frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SessionRegistry sessionRegistry,
                                            SecondFactorLoginHandler secondFactorLogin,
                                            @Value("${silian.security.session.absolute-timeout:12h}") Duration absoluteTimeout)
            throws Exception {
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
        RequestMatcher aFile = PathPatternRequestMatcher.withDefaults().matcher("/files/**");
        RequestMatcher notAFile = new NegatedRequestMatcher(aFile);
        http.headers(headers -> headers
                // Written before the request is handled, not when the response is committed: Vaadin's
                // pages (the bootstrap of /login, / and every view) are answered in a way that never
                // reached the lazy writing, and went out with only Vaadin's own X-Frame-Options. Written
                // first, they also keep Vaadin from adding its SAMEORIGIN (it adds none when one is set).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                // No page may be framed, except a document file, which Silian's preview dialog frames.
                // A file gets no more policy than that: Chromium's PDF viewer fails under
                // object-src 'none', and a file runs nothing (nosniff, and only PDF and images inline).
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notAFile,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notAFile,
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(aFile,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(aFile,
                        new ContentSecurityPolicyHeaderWriter(FILE_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // Every session is registered under its account, so that a change to the account or its
        // sign-out ends them all (AccountSessions). The default session-fixation protection gives
        // the session a new id at sign-in, and the absolute lifetime starts then.
        Clock clock = Clock.systemUTC();
        http.sessionManagement(sessions -> sessions
                .addSessionAuthenticationStrategy((authentication, request, response) ->
                        SessionLifetimeFilter.signedIn(request.getSession(), clock))
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(expiredSession(vaadinRequests)));
        http.addFilterBefore(new SessionLifetimeFilter(absoluteTimeout, clock), SecurityContextHolderFilter.class);
        // Vaadin's own CSRF settings exempt the login form; ours exempt only Vaadin's internal
        // requests, which carry Vaadin's own token, so a sign-in needs the form's _csrf token
        // (vaadin-login-form sends it from the page's meta tags) and a cross-site post is refused.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Vaadin's configurer takes its form-login success handler from this shared object: ours
        // stops at the second factor where the account has one (SecondFactorLoginHandler).
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, secondFactorLogin);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /**
     * A session the registry marked as ended: a Vaadin request is told its session expired (the
     * tab then reloads onto the sign-in page); a page goes to the sign-in page.
     */
    private static SessionInformationExpiredStrategy expiredSession(RequestUtil vaadinRequests) {
        return event -> {
            var request = event.getRequest();
            var response = event.getResponse();
            if (vaadinRequests.isFrameworkInternalRequest(request)) {
                response.setContentType("application/json; charset=UTF-8");
                response.getOutputStream().write("for(;;);[{\"meta\":{\"sessionExpired\":true}}]".getBytes(StandardCharsets.UTF_8));
            } else {
                response.sendRedirect(request.getContextPath() + "/login");
            }
        };
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry of sessions that end and of ids that change. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** bcrypt by default, and able to read hashes of other schemes should we migrate. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
