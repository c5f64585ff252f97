package org.rcm.platform.messaging.web;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer-token parser of every service, with a short memory of tokens it has verified. An integrator sends the
 * same access token with every request until it expires; verifying its signature and claims again each time was a
 * tenth of coding-service's CPU under load. A token string verified once is accepted again, without a second
 * verification, for {@code rcm.auth.verified-token-ttl} (default 60 s) and never past its own {@code exp} (no
 * grace period on a remembered token). Only exact token strings match, so a changed or re-signed token is verified
 * in full; a token that failed verification is never remembered. Zero turns the memory off.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    /** More distinct live tokens than this at once and the memory starts over (a flood of new tokens). */
    static final int MAX_TOKENS = 10_000;

    @Inject
    DefaultJWTParser verifier;
    @ConfigProperty(name = "rcm.auth.verified-token-ttl", defaultValue = "PT60S")
    Duration ttl;

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(JsonWebToken token, long untilMillis) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (ttl.isZero() || token == null) {
            return verifier.parse(token);
        }
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.untilMillis()) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken jwt = verifier.parse(token);
        long until = now + ttl.toMillis();
        if (jwt.getExpirationTime() > 0) {
            until = Math.min(until, jwt.getExpirationTime() * 1000);
        }
        if (until > now) {
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
            verified.put(token, new Verified(jwt, until));
        }
        return jwt;
    }

    /** Number of tokens remembered now. */
    public int size() {
        return verified.size();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
