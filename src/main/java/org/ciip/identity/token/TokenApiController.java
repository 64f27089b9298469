package org.ciip.identity.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
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

    TokenApiController(AuthenticationManager authentication, ApiTokenService tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exchange a username and password for a bearer token with an expiry")
    TokenResponse issue(@RequestBody TokenRequest request) {
        Validation v = new Validation();
        v.requireText(request.username(), "username", 64);
        v.requireText(request.password(), "password", 200);
        v.throwIfInvalid();
        Authentication result;
        try {
            result = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (AuthenticationException e) {
            throw new BadCredentials();
        }
        CiipUser user = (CiipUser) result.getPrincipal();
        ApiTokenService.IssuedToken issued = RunAs.user(user, () -> tokens.issue(user.actor(), request.name()));
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    record TokenRequest(String username, String password, String totp, String name) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    /** 401 that says nothing about which part was wrong. */
    static final class BadCredentials extends ApiException {
        BadCredentials() {
            super(HttpStatus.UNAUTHORIZED, "bad-credentials", "Sign-in failed",
                    "The username or password is wrong, or the account is temporarily locked.", null);
        }
    }
}
