package org.ciip.identity.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.ciip.identity.account.AccountService;
import org.ciip.identity.mfa.SecondFactorService;
import org.ciip.identity.security.CiipUser;
import org.ciip.identity.security.RunAs;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Personal API tokens")
class TokenApiController {

    private final AuthenticationManager authentication;
    private final ApiTokenService tokens;
    private final AccountService accounts;
    private final SecondFactorService factors;

    TokenApiController(AuthenticationManager authentication, ApiTokenService tokens, AccountService accounts,
            SecondFactorService factors) {
        this.factors = factors;
        this.authentication = authentication;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exchange a username and password (and, for accounts with a second factor, the "
            + "authenticator's current code in totp) for a bearer token with an expiry")
    TokenResponse issue(@RequestBody TokenRequest request) {
        Validation v = new Validation();
        v.requireText(request.username(), "username", 64);
        v.requireText(request.password(), "password", 512);
        v.throwIfInvalid();
        Authentication result;
        try {
            result = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (AuthenticationException e) {
            if (org.ciip.shared.web.DatabaseFailures.isUnavailable(e)) {
                throw e; // not the caller's fault: 503 (DatabaseUnavailableFilter), and no failure counted
            }
            throw new BadCredentials();
        }
        CiipUser user = (CiipUser) result.getPrincipal();
        if (user.secondFactor()) {
            checkSecondFactor(user, request.totp());
        } else if (!Validation.isBlank(request.totp())) {
            throw ApiException.invalid("totp", "must be left out: this account has no second factor");
        }
        if (accounts.mustChangePassword(user.actor().accountId())) {
            throw new PasswordChangeRequired();
        }
        ApiTokenService.IssuedToken issued = RunAs.user(user, () -> tokens.issue(user.actor(), request.name()));
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    /** Art. 50 and DESIGN.md §3: an account that uses a second factor gets a token only with its current code. */
    private void checkSecondFactor(CiipUser user, String code) {
        if (!accounts.byId(user.actor().accountId()).totpEnrolled()) {
            throw new SecondFactorProblem(HttpStatus.FORBIDDEN, "second-factor-enrolment-required",
                    "Second factor not set up", "This account must sign in with a second factor and has no "
                    + "authenticator app (a passkey cannot be used here): create a token on the web (My account, API "
                    + "tokens) after signing in, or set up an authenticator there and send its code in totp.");
        }
        if (Validation.isBlank(code)) {
            factors.missing(user.getUsername());
            throw new SecondFactorProblem(HttpStatus.UNAUTHORIZED, "second-factor-required", "Second factor required",
                    "This account signs in with a second factor: send the current six-digit code of its "
                    + "authenticator (or a recovery code) in totp.");
        }
        if (!RunAs.user(user, () -> factors.verify(user.getUsername(), code))) {
            throw new SecondFactorProblem(HttpStatus.UNAUTHORIZED, "bad-second-factor", "Second factor refused",
                    "The code in totp is not the authenticator's current one, was used already, or the account is "
                    + "temporarily locked.");
        }
    }

    static final class SecondFactorProblem extends ApiException {
        SecondFactorProblem(HttpStatus status, String type, String title, String detail) {
            super(status, type, title, detail, null);
        }
    }

    record TokenRequest(String username, String password, String totp, String name) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    /** 403 until the person replaced the password an administrator set. */
    static final class PasswordChangeRequired extends ApiException {
        PasswordChangeRequired() {
            super(HttpStatus.FORBIDDEN, "password-change-required", "Password change required",
                    "An administrator reset this account's password: sign in on the web and choose a new one first.",
                    null);
        }
    }

    /** 401 that says nothing about which part was wrong. */
    static final class BadCredentials extends ApiException {
        BadCredentials() {
            super(HttpStatus.UNAUTHORIZED, "bad-credentials", "Sign-in failed",
                    "The username or password is wrong, or the account is temporarily locked.", null);
        }
    }
}
