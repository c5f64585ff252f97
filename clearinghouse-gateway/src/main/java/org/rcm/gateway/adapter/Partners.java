package org.rcm.gateway.adapter;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rcm.gateway.config.GatewayConfig;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one port the services use: picks the adapter of a partner's protocol and runs every call through that
 * partner's guard (SmallRye Fault Tolerance): timeout, bounded retries with exponential backoff and jitter, and a
 * circuit breaker per partner, so one partner being down never slows the others.
 */
@ApplicationScoped
public class Partners {
    @Inject
    GatewayConfig config;
    @Inject
    SftpPort sftp;
    @Inject
    RestPort rest;

    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    public GatewayConfig.Partner partner(String id) {
        GatewayConfig.Partner p = config.partners().get(id);
        if (p == null) {
            throw new PartnerException.Permanent("unknown trading partner " + id);
        }
        return p;
    }

    public Map<String, GatewayConfig.Partner> all() {
        return config.partners();
    }

    private PartnerPort port(GatewayConfig.Partner p) {
        return switch (p.protocol()) {
            case "sftp" -> sftp;
            case "rest" -> rest;
            default -> throw new PartnerException.Permanent("unknown protocol " + p.protocol());
        };
    }

    private Guard guard(String id, GatewayConfig.Partner p) {
        return guards.computeIfAbsent(id, k -> Guard.create().withDescription("partner " + k)
                .withTimeout().duration(p.timeout().toMillis() * 2, ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(p.retries()).delay(p.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(Math.max(1, p.retryDelay().toMillis() / 2), ChronoUnit.MILLIS)
                .whenException(e -> !(e instanceof PartnerException pe) || pe.retryable)
                .withExponentialBackoff().factor(2).maxDelay(10, ChronoUnit.SECONDS).done().done()
                .withCircuitBreaker().name("partner-" + k).requestVolumeThreshold(6).failureRatio(0.5)
                .delay(p.circuitDelay().toMillis(), ChronoUnit.MILLIS).successThreshold(1)
                .when(e -> !(e instanceof PartnerException pe) || pe.retryable).done()
                .build());
    }

    private <T> T guarded(String id, Callable<T> call, Class<T> type) {
        try {
            return guard(id, partner(id)).call(call, type);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new PartnerException(e.getClass().getSimpleName(), true, e);
        }
    }

    public byte[] send(String id, String fileName, byte[] content, String key) {
        GatewayConfig.Partner p = partner(id);
        return guarded(id, () -> port(p).send(p, fileName, content, key), byte[].class);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String id) {
        GatewayConfig.Partner p = partner(id);
        return guarded(id, () -> port(p).list(p), List.class);
    }

    public byte[] fetch(String id, String name) {
        GatewayConfig.Partner p = partner(id);
        return guarded(id, () -> port(p).fetch(p, name), byte[].class);
    }

    public void done(String id, String name) {
        GatewayConfig.Partner p = partner(id);
        guarded(id, () -> {
            port(p).done(p, name);
            return Boolean.TRUE;
        }, Boolean.class);
    }

    public byte[] realtime(String id, byte[] inquiry) {
        GatewayConfig.Partner p = partner(id);
        return guarded(id, () -> rest.realtime(p, inquiry), byte[].class);
    }
}
