package dev.studyportal.webapp.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.LoginLockouts;
import dev.studyportal.core.account.TwoStepSignIn;
import dev.studyportal.webapp.security.ui.LoginView;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login through the portal's own login view; every view states who may open it (an
 * architecture test checks that), and Vaadin's navigation access control enforces it.
 * docs/security.md lists each control here with the OWASP ASVS requirement it meets.
 */
@Configuration
@EnableWebSecurity
// Views carry @PermitAll/@RolesAllowed for Vaadin's navigation check; JSR-250 method security
// stays off, or Spring would proxy every view. Services guard themselves with @PreAuthorize (core.access:
// @OwnData, @SignedIn, @AdminAction): they are the layer trusted to refuse, whichever view calls.
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Vaadin needs inline scripts and eval for its client engine and inline styles for its components
     * (Vaadin's documentation, "Content Security Policy"); everything else comes from the portal itself.
     * base-uri stays 'self' because the bootstrap page sets a base href.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountUserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginLockouts lockouts,
            AddressThrottle addresses,
            PersistentTokenRepository rememberMeTokens,
            SessionProperties sessions,
            SessionRegistry sessionRegistry,
            AccountService accounts,
            TwoStepSignIn twoStep,
            Clock clock,
            RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz")
                        .permitAll()
                        // Matches on the management port only (loopback, docs/adr/0008-metrics-off-the-public-port.md);
                        // the public port has no actuator endpoint but health.
                        .requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class))
                        .permitAll()
                        .requestMatchers("/styles.css", "/images/**")
                        .permitAll());

        // The remember-me key only ties tokens to this node's provider within a request; the tokens
        // themselves live in the database, so a key new at each start loses nothing.
        String rememberMeKey = UUID.randomUUID().toString();
        // An explicit manager with no parent: a fallback to Boot's default provider would skip the throttle.
        http.authenticationManager(new ProviderManager(
                new ThrottledAuthenticationProvider(
                        passwordLogin(users, passwordEncoder), twoStep, lockouts, addresses),
                new RememberMeAuthenticationProvider(rememberMeKey)));
        // The login page is named here too: configured before Vaadin names it, form login would otherwise
        // count as having none, and Spring would serve its own generated login page at /login.
        http.formLogin(form -> form.loginPage("/login")
                .failureHandler(new LoginFailureRedirect())
                .authenticationDetailsSource(LoginDetails::new));
        http.rememberMe(rememberMe -> rememberMe
                .key(rememberMeKey)
                .rememberMeCookieName(sessions.rememberMeCookie())
                .tokenRepository(rememberMeTokens)
                .userDetailsService(users)
                .tokenValiditySeconds(Math.toIntExact(sessions.rememberMe().toSeconds())));

        // Vaadin's own login-view set-up leaves the login form's POST out of CSRF protection
        // (vaadin/flow#17427), so a page on another site could sign a visitor into the attacker's account.
        // Spring's token is required there; Vaadin's own requests carry Vaadin's key instead. The login
        // form sends the token from the meta tags Vaadin writes into its bootstrap page.
        RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new ForeignOriginLoginRefusal(loginPost), CsrfFilter.class);
        http.exceptionHandling(
                exceptions -> exceptions.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(loginPost, new StaleLoginFormRedirect())),
                        new AccessDeniedHandlerImpl())));

        // No limit on sessions per person; the registry is there so that disabling an account or resetting
        // its password ends the sessions it has open on this node at once (SignInRevocations), and a
        // person's own new password ends their other ones (PasswordChangeSessions). An ended session's
        // next request is logged out and sent to the login page. Other nodes' sessions: RevokedSignInCheck.
        // A new session at login, not the old one under a new id: the anonymous session holds the login page's
        // Vaadin UI, which would stay in memory beside the signed-in pages until its heartbeats stopped. Only
        // Spring Security's own attributes move over, the page asked for before the login among them.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession())
                .sessionConcurrency(concurrency -> concurrency
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login")));
        // Before the session's security context is read, so an expired one is never used; a browser kept
        // logged in is then signed in afresh by remember-me, in a new session.
        http.addFilterBefore(
                new AbsoluteSessionTimeout(sessions.absoluteTimeout(), clock), SecurityContextHolderFilter.class);
        // Likewise a session whose sign-in was revoked since, on whichever node that happened.
        http.addFilterBefore(
                new RevokedSignInCheck(accounts, sessions.revocationCheckInterval(), clock),
                SecurityContextHolderFilter.class);

        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));

        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    private static DaoAuthenticationProvider passwordLogin(AccountUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        // Re-hashes a password stored with weaker settings while it is at hand, at login.
        provider.setUserDetailsPasswordService(users);
        return provider;
    }

    /** The signed-in sessions of this node, by person. */
    /**
     * Every request's walk through the filter chain and every method's access check are not observed: under load
     * those observations wrapped each of some fifteen filters and each service call, for traces this portal does
     * not collect. Authentications keep Spring Security's default.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the container ends a session, so it forgets it. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** "Keep me logged in" tokens in the database, each series ending its lifetime after its login. */
    @Bean
    PersistentTokenRepository rememberMeTokenRepository(JdbcTemplate jdbc, SessionProperties sessions, Clock clock) {
        return new RememberMeTokenStore(jdbc, sessions.rememberMe(), clock);
    }

    /** The session cookie's SameSite comes from server.servlet.session.cookie; this gives the remember-me cookie the same. */
    @Bean
    CookieSameSiteSupplier rememberMeCookieSameSite(SessionProperties sessions) {
        return CookieSameSiteSupplier.ofLax().whenHasName(sessions.rememberMeCookie());
    }
}
