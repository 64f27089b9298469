package org.ciip.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21, hardening: sign-in attempts are limited per address (30 a minute), on the API and on the form. The
 * requests come through the loopback "proxy" with X-Forwarded-For, so each test address is a client of its own.
 */
@RunningCiip
class SignInThrottleTest {

    @Autowired
    Http http;
    @Autowired
    MovableClock clock;

    private Http.Response attempt(String address, String username) {
        return http.send(http.request("/api/v1/auth/tokens", null).header("X-Forwarded-For", address)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
                        + "\",\"password\":\"not-the-password\"}")));
    }

    @Test
    void theThirtyFirstAttemptInAMinuteFromOneAddressIsRefusedUntilTheMinuteIsOver() {
        // start at the beginning of a minute, so that the thirty-one attempts fall into one
        long intoMinute = clock.millis() % 60_000;
        clock.advance(Duration.ofMillis(60_000 - intoMinute));
        try {
            for (int i = 0; i < 30; i++) {
                // many user names, as a password sprayer tries them: no account's own lock would stop this
                assertThat(attempt("203.0.113.7", "sprayed-" + i).status()).isEqualTo(401);
            }
            Http.Response refused = attempt("203.0.113.7", "sprayed-31");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:ciip:problem:too-many-sign-ins");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(attempt("198.51.100.9", "sprayed-0").status()).as("another address").isEqualTo(401);

            Http.Response form = http.send(http.request("/login", null).header("X-Forwarded-For", "203.0.113.7")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=a&password=b")));
            assertThat(form.status()).isEqualTo(302);
            assertThat(form.header("Location")).endsWith("/login?throttled");

            clock.advance(Duration.ofMinutes(1));
            assertThat(attempt("203.0.113.7", "sprayed-32").status()).as("the next minute").isEqualTo(401);
        } finally {
            clock.advance(Duration.ofMinutes(-1).minusMillis(60_000 - intoMinute));
        }
    }
}
