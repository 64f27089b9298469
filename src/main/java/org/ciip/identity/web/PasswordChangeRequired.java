package org.ciip.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ciip.identity.account.AccountService;
import org.ciip.identity.security.CiipUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * After an administrator reset an account's password, every page of the UI leads to the change-password form until the
 * person has chosen their own (the API refuses to issue tokens meanwhile).
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer, HandlerInterceptor {

    static final String PAGE = "/account/password";

    private final AccountService accounts;

    PasswordChangeRequired(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/**").excludePathPatterns(PAGE, "/login/**", "/logout",
                "/error", "/api/**", "/actuator/**", "/v3/**", "/swagger-ui/**", "/css/**", "/js/**", "/webjars/**",
                "/favicon.*");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // the database is asked only for a session that signed in with an administrator's password, not on every page
        if (authentication != null && authentication.getPrincipal() instanceof CiipUser user
                && user.passwordChangeDue() && accounts.mustChangePassword(user.actor().accountId())) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return false;
        }
        return true;
    }
}
