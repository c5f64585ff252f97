package org.rcm.eligibility.exchange;

import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP adapter: {@code POST {rcm.gateway.url}/eligibility/exchange}, body and answer {@code application/edi-x12}.
 * Authenticates with the REST caller's bearer token, else with a short-lived service token signed with the key
 * at {@code smallrye.jwt.sign.key.location} (the development key for now).
 */
@ApplicationScoped
public class HttpEligibilityExchange implements EligibilityExchange {
    private static final Logger LOG = Logger.getLogger(HttpEligibilityExchange.class);
    static final String EDI = "application/edi-x12";

    @ConfigProperty(name = "rcm.gateway.url")
    String gatewayUrl;
    @ConfigProperty(name = "rcm.gateway.timeout", defaultValue = "PT30S")
    Duration timeout;
    @ConfigProperty(name = "rcm.gateway.service-token", defaultValue = "true")
    boolean mintServiceToken;
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;
    @ConfigProperty(name = "smallrye.jwt.sign.key.location")
    Optional<String> signKey;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public byte[] exchange(String tenantId, byte[] inquiry270, String callerToken) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(gatewayUrl.replaceAll("/+$", "")
                        + "/eligibility/exchange"))
                .timeout(timeout)
                .header("Content-Type", EDI)
                .header("Accept", EDI)
                .POST(HttpRequest.BodyPublishers.ofByteArray(inquiry270));
        String token = callerToken != null ? callerToken : serviceToken(tenantId);
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> res;
        try {
            res = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ExchangeUnavailable("gateway unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeUnavailable("interrupted");
        }
        int s = res.statusCode();
        if (s == 200) {
            return res.body();
        }
        if (s == 502 || s == 503 || s == 504 || s == 429) {
            throw new ExchangeUnavailable("gateway answered HTTP " + s);
        }
        throw new ExchangeRejected(s);
    }

    private String serviceToken(String tenantId) {
        if (!mintServiceToken || signKey.isEmpty()) {
            return null;
        }
        try {
            return Jwt.issuer(issuer).audience(audience).upn("eligibility-service").subject("eligibility-service")
                    .groups(Set.of("integrator")).claim("tenant_id", tenantId).expiresIn(300).sign();
        } catch (RuntimeException e) {
            LOG.warnf("cannot sign a service token (%s); calling the gateway without one",
                    e.getClass().getSimpleName());
            return null;
        }
    }
}
