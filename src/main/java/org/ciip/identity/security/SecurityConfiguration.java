package org.ciip.identity.security;

import org.ciip.identity.token.ApiTokenService;
import org.ciip.identity.token.BearerTokenFilter;
import org.ciip.shared.OrganizationKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ciip.shared.api.ProblemResponses;
import org.ciip.shared.web.DatabaseFailures;
import org.ciip.shared.web.DatabaseUnavailableFilter;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * Two filter chains: the JSON API under {@code /api/**} is stateless and takes bearer tokens (401 and 403 as problem
 * documents); the UI signs in with a form, keeps a session (a new id at sign-in) and checks CSRF on every change.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** No page of CIIP uses the camera, the microphone, location, payment or USB; no frame may ask for them. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    /** New hashes are Argon2id (no 72-byte limit, nothing cut off); bcrypt hashes of older passwords still match, and
     * are replaced by Argon2 at their next sign-in. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * Multi-factor sign-in (Spring Security's own): a session signed in with the password of an account that uses a
     * second factor is allowed nothing but the second step until the authenticator's code was checked. API requests
     * carry tokens, which are issued only after both factors.
     */
    @Bean
    AuthorizationManagerFactory<Object> multiFactorAuthorization() {
        return AuthorizationManagerFactories.multiFactor()
                .requireFactors(SignInFactors.TOTP_AUTHORITY)
                .when(SecurityConfiguration::needsSecondFactor)
                .build();
    }

    private static final org.slf4j.Logger SSO_LOG = org.slf4j.LoggerFactory.getLogger(SingleSignOn.class);

    private static final SimpleUrlAuthenticationFailureHandler WRONG_CREDENTIALS =
            new SimpleUrlAuthenticationFailureHandler("/login?error");

    /** A wrong password shows the form again; a database that cannot be reached is a 503, not a wrong password. */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws java.io.IOException, jakarta.servlet.ServletException {
        if (DatabaseFailures.isUnavailable(failure)) {
            response.setHeader("Retry-After", DatabaseUnavailableFilter.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        WRONG_CREDENTIALS.onAuthenticationFailure(request, response, failure);
    }

    /**
     * Spring Security's password sign-in, with the password factor dated by CIIP's clock (as the second factor is), so
     * that how recent a sign-in is follows one clock.
     */
    private static final class PasswordOnClock extends DaoAuthenticationProvider {

        private final java.time.Clock clock;

        PasswordOnClock(CiipUserDetailsService users, java.time.Clock clock) {
            super(users);
            this.clock = clock;
        }

        @Override
        protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                org.springframework.security.core.userdetails.UserDetails user) {
            Authentication made = super.createSuccessAuthentication(principal, authentication, user);
            java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>();
            for (org.springframework.security.core.GrantedAuthority a : made.getAuthorities()) {
                authorities.add(FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority())
                        ? FactorGrantedAuthority.withAuthority(a.getAuthority()).issuedAt(clock.instant()).build() : a);
            }
            UsernamePasswordAuthenticationToken dated = UsernamePasswordAuthenticationToken.authenticated(
                    made.getPrincipal(), made.getCredentials(), authorities);
            dated.setDetails(made.getDetails());
            return dated;
        }
    }

    /** The actions that change who may do what, or give access: asked again for the password after a while. */
    static final String[] SENSITIVE = {"/admin/**", "/organization/accounts/**", "/account/tokens",
        "/account/tokens/**", "/account/second-factor/**", "/webauthn/register", "/webauthn/register/**"};

    /**
     * A sensitive action needs a password entered within {@code ciip.security.reauthenticate-after} (15 minutes), on top
     * of everything a page needs (the second factor where it applies); otherwise the person signs in again.
     */
    private static AuthorizationManager<RequestAuthorizationContext> recentPassword(
            AuthorizationManagerFactory<Object> signedIn, java.time.Clock clock, java.time.Duration within) {
        AllRequiredFactorsAuthorizationManager<RequestAuthorizationContext> recentPassword =
                AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
                        .requireFactor(f -> f.passwordAuthority().validDuration(within)).build();
        recentPassword.setClock(clock);
        // signed in through the issuer: the issuer's sign-in must be as recent, and is asked for again
        AllRequiredFactorsAuthorizationManager<RequestAuthorizationContext> recentIssuerSignIn =
                AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
                        .requireFactor(f -> f.authorizationCodeAuthority().validDuration(within)).build();
        recentIssuerSignIn.setClock(clock);
        // signed in with a passkey: the passkey must be as recent, and is asked for again on the sign-in page
        AllRequiredFactorsAuthorizationManager<RequestAuthorizationContext> recentPasskey =
                AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
                        .requireFactor(f -> f.webauthnAuthority().validDuration(within)).build();
        recentPasskey.setClock(clock);
        AuthorizationManager<Object> fully = signedIn.authenticated();
        return (authentication, context) -> {
            Authentication current = authentication.get();
            AuthorizationManager<RequestAuthorizationContext> recent = current != null
                    && current.getPrincipal() instanceof SsoUser ? recentIssuerSignIn
                    : hasFactor(current, FactorGrantedAuthority.WEBAUTHN_AUTHORITY) ? recentPasskey : recentPassword;
            AuthorizationResult result = recent.authorize(authentication, context);
            return result != null && !result.isGranted() ? result : fully.authorize(authentication, context);
        };
    }

    /**
     * Whether the sign-in needs the second factor before anything else: an account that uses one, signed in with its
     * password on the form (and no passkey after it), or through single sign-on (where an issuer's asserted second factor already counts).
     */
    static boolean needsSecondFactor(Authentication authentication) {
        if (authentication == null) {
            return false;
        }
        if (authentication.getPrincipal() instanceof SsoUser sso) {
            return sso.account().secondFactor();
        }
        // a passkey verified the person on the authenticator: it is the second factor (or both at once)
        return authentication.getPrincipal() instanceof CiipUser user && user.secondFactor()
                && hasFactor(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY)
                && !hasFactor(authentication, FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
    }

    static boolean hasFactor(Authentication authentication, String factor) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> factor.equals(a.getAuthority()));
    }

    /** A passkey signed the person in: the page's script goes where the sign-in form would have gone. */
    private static void passkeySignedIn(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws java.io.IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(
                Map.of("authenticated", true, "redirectUrl", request.getContextPath()
                        + SignInFactors.savedPage(request, response))));
    }

    @Bean
    AuthenticationManager authenticationManager(CiipUserDetailsService users, PasswordEncoder passwords,
            ApplicationEventPublisher events, java.time.Clock clock, SingleSignOn singleSignOn) {
        DaoAuthenticationProvider provider = new PasswordOnClock(users, clock);
        provider.setPasswordEncoder(passwords);
        provider.setUserDetailsPasswordService(users);
        // the code of the single sign-on issuer's callback, exchanged and linked to the account (used only where an
        // issuer is configured)
        org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider
                issuerSignIn = new org.springframework.security.oauth2.client.oidc.authentication
                        .OidcAuthorizationCodeAuthenticationProvider(new org.springframework.security.oauth2.client
                                .endpoint.RestClientAuthorizationCodeTokenResponseClient(), singleSignOn);
        ProviderManager manager = new ProviderManager(provider, issuerSignIn);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, SsoTokens jwts) throws Exception {
        statelessWithBearerTokens(http.securityMatcher("/api/**"), tokens, jwts,
                "Send a bearer token: POST /api/v1/auth/tokens issues one.", "Your role does not allow this action.")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/signing-key").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/signatures/verification").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * TAXII 2.1 (threat information sharing, Art. 23): stateless, with an API token as Bearer or as the password of HTTP
     * Basic (what TAXII clients send); 401 and 403 are TAXII error messages.
     */
    @Bean
    @Order(2)
    SecurityFilterChain taxii(HttpSecurity http, ApiTokenService tokens) throws Exception {
        org.ciip.identity.token.BearerTokenFilter.TokenRejection rejection = response -> taxiiError(response, 401,
                "Unauthorized", "The token is unknown, expired, revoked or not this account's.");
        http.securityMatcher("/taxii2/**").csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, rejection), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new org.ciip.identity.token.BasicTokenFilter(tokens, rejection),
                        UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> taxiiError(response, 401,
                                "Unauthorized", "Authenticate with HTTP Basic (your user name and an API token) or a"
                                        + " bearer token; POST /api/v1/auth/tokens issues one."))
                        .accessDeniedHandler((request, response, ex) -> taxiiError(response, 403, "Forbidden",
                                "Your role does not allow this.")))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; "
                        + "frame-ancestors 'none'")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return http.build();
    }

    private static void taxiiError(jakarta.servlet.http.HttpServletResponse response, int status, String title,
            String description) throws java.io.IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CIIP TAXII\"");
        }
        response.setContentType("application/taxii+json;version=2.1");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"title\":\"" + title + "\",\"description\":\"" + description
                + "\",\"http_status\":\"" + status + "\"}");
    }

    /**
     * Actuator: the liveness and readiness probes answer anyone (an orchestrator asks them without credentials); metrics
     * and the rest need a bearer token of the platform's operations centre (its organization is the platform
     * administrator's), as a Prometheus scrape job can send.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, ApiTokenService tokens) throws Exception {
        statelessWithBearerTokens(http.securityMatcher("/actuator/**"), tokens, null,
                "Send a bearer token of the platform's operations centre.",
                "Only the platform's operations centre reads these.")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .anyRequest().hasAuthority("KIND_" + OrganizationKind.PLATFORM_ADMIN.name()));
        return http.build();
    }

    /** No session and no CSRF: each request carries a bearer token; 401 and 403 are problem documents. */
    private static HttpSecurity statelessWithBearerTokens(HttpSecurity http, ApiTokenService tokens, SsoTokens jwts,
            String unauthenticated, String forbidden) throws Exception {
        BearerTokenFilter bearer = new BearerTokenFilter(tokens, response -> ProblemResponses.write(response, 401,
                "invalid-token", "Invalid token", "The bearer token is unknown, expired or revoked, or a JWT of "
                        + "another issuer, for another audience or of no CIIP account."),
                jwts == null ? null : jwts::authenticate);
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ProblemResponses.write(response, 401,
                                "unauthenticated", "Unauthenticated", unauthenticated))
                        .accessDeniedHandler((request, response, ex) -> ProblemResponses.write(response, 403,
                                "forbidden", "Not allowed", forbidden)))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; "
                        + "frame-ancestors 'none'"))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                        .crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicyHeaderWriter
                                .CrossOriginOpenerPolicy.SAME_ORIGIN)));
    }

    /** The OpenAPI document and Swagger UI are public; Swagger UI needs inline styles. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                        + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager authenticationManager,
            AuthorizationManagerFactory<Object> multiFactorAuthorization, java.time.Clock clock, SsoTokens ssoTokens,
            SingleSignOn singleSignOn, ApplicationEventPublisher events, CiipUserDetailsService users,
            org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations relyingParty,
            org.ciip.identity.signin.SignInHistory history,
            @org.springframework.beans.factory.annotation.Value("${ciip.security.reauthenticate-after:PT15M}")
            java.time.Duration reauthenticateAfter) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> sensitive = recentPassword(multiFactorAuthorization, clock,
                reauthenticateAfter);
        // not a bean: an AuthenticationProvider bean would become the global authentication manager's
        PasskeySignIn passkeys = new PasskeySignIn(relyingParty, users, history, clock);
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/fonts/**", "/favicon.ico",
                                "/favicon.svg")
                        .permitAll()
                        // the public verification of testing authorizations (Art. 31): anyone, without signing in
                        .requestMatchers(HttpMethod.GET, "/verify/authorizations/**").permitAll()
                        .requestMatchers(SignInFactors.SECOND_FACTOR_PAGE).access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers(HttpMethod.POST, SENSITIVE).access(sensitive)
                        .requestMatchers(HttpMethod.DELETE, "/webauthn/register/**").access(sensitive)
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .defaultDeniedHandlerForMissingAuthority(
                                new LoginUrlAuthenticationEntryPoint(SignInFactors.SECOND_FACTOR_PAGE),
                                SignInFactors.TOTP_AUTHORITY)
                        .defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint("/login"),
                                FactorGrantedAuthority.PASSWORD_AUTHORITY)
                        .defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint(
                                "/oauth2/authorization/" + SsoTokens.REGISTRATION),
                                FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(SecurityConfiguration::signInFailed))
                // passkeys: CIIP's own pages register and use them (no generated page); a passkey signs in the CIIP
                // account under a new session id, with the sign-in events of the password form
                .webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <F extends WebAuthnAuthenticationFilter> F postProcess(F filter) {
                                ProviderManager manager = new ProviderManager(passkeys);
                                manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
                                filter.setAuthenticationManager(manager);
                                filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                                filter.setAuthenticationSuccessHandler(SecurityConfiguration::passkeySignedIn);
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                        .crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicyHeaderWriter
                                .CrossOriginOpenerPolicy.SAME_ORIGIN)));
        if (ssoTokens.configured()) {
            // authorization code with PKCE (Spring Security's default for the code flow); the account and what it may
            // do come from CIIP (SingleSignOn)
            SimpleUrlAuthenticationFailureHandler ssoRefused = new SimpleUrlAuthenticationFailureHandler(
                    "/login?ssoError");
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/", false)
                    .failureHandler((request, response, failure) -> {
                        SSO_LOG.warn("Single sign-on refused: {}", failure.getMessage());
                        ssoRefused.onAuthenticationFailure(request, response, failure);
                    })
                    .userInfoEndpoint(user -> user.oidcUserService(singleSignOn)));
        }
        return http.build();
    }
}
