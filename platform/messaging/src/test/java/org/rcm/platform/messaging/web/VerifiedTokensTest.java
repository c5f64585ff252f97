package org.rcm.platform.messaging.web;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A verified token is remembered for a short time, never past its expiry; a refused one is never remembered. */
class VerifiedTokensTest {
    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void theSameTokenIsVerifiedOnceWhileRemembered() throws Exception {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(60), nowSeconds() + 3600);
        JsonWebToken first = tokens.parse("token-a");
        assertThat(tokens.parse("token-a")).isSameAs(first);
        assertThat(verifications).hasValue(1);
        tokens.parse("token-b");
        assertThat(verifications).as("another token string is verified in full").hasValue(2);
    }

    @Test
    void aTokenIsNotRememberedPastItsExpiryOrWhenTheMemoryIsOff() throws Exception {
        VerifiedTokens expiring = tokens(Duration.ofSeconds(60), nowSeconds() - 1);
        expiring.parse("expired-but-within-the-verifier-grace");
        expiring.parse("expired-but-within-the-verifier-grace");
        assertThat(verifications).hasValue(2);
        assertThat(expiring.size()).isZero();

        verifications.set(0);
        VerifiedTokens off = tokens(Duration.ZERO, nowSeconds() + 3600);
        off.parse("t");
        off.parse("t");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.ttl = Duration.ofSeconds(60);
        tokens.verifier = new DefaultJWTParser() {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.incrementAndGet();
                throw new ParseException("bad signature");
            }
        };
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    private VerifiedTokens tokens(Duration ttl, long exp) {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.ttl = ttl;
        tokens.verifier = new DefaultJWTParser() {
            @Override
            public JsonWebToken parse(String token) {
                verifications.incrementAndGet();
                return jwt(token, exp);
            }
        };
        return tokens;
    }

    private static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    private static JsonWebToken jwt(String name, long exp) {
        Map<String, Object> claims = Map.of("sub", name, "exp", exp);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
