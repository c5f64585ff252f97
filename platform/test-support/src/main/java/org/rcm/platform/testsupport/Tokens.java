package org.rcm.platform.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Signs real bearer tokens with the local development key (the services verify them with the matching public
 * key). For tests and the local stack only; production keys come from the identity provider.
 */
public final class Tokens {
    public static final String ISSUER = "https://rcm.local/issuer";
    public static final String AUDIENCE = "rcm-api";
    private static PrivateKey key;

    private Tokens() {
    }

    public static String mint(String tenant, String user, String... roles) {
        return builder(tenant, user, Duration.ofHours(1), roles).sign(privateKey());
    }

    public static io.smallrye.jwt.build.JwtClaimsBuilder builder(String tenant, String user, Duration ttl,
                                                                String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn(user)
                .subject(user)
                .groups(Set.of(roles))
                .claim("tenant_id", tenant)
                .issuedAt(now)
                .expiresAt(now.plus(ttl));
    }

    public static synchronized PrivateKey privateKey() {
        if (key == null) {
            try (InputStream in = Tokens.class.getResourceAsStream("/rcm-dev-keys/private.pem")) {
                key = KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException("development signing key unreadable", e);
            }
        }
        return key;
    }

    /** Prints a token: java -cp ... org.rcm.platform.testsupport.Tokens tenant user role... */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: Tokens <tenant> <user> <role> [role...]");
            System.exit(2);
        }
        String[] roles = java.util.Arrays.copyOfRange(args, 2, args.length);
        System.out.println(builder(args[0], args[1], Duration.ofHours(12), roles).sign(privateKey()));
    }
}
