package org.rcm.coding.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rcm.coding.domain.PayerTelehealth;
import org.rcm.coding.domain.TenantTelehealthProfile;
import org.rcm.coding.domain.rules.TelehealthProfile;
import org.rcm.coding.domain.rules.TelehealthProfiles;
import org.rcm.platform.messaging.persistence.TenantCache;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which telehealth profile applies to a tenant's payer: payer mapping → tenant override → built-in default.
 * Every coded session asks, and the answer changes only when an administrator edits a profile or a payer's
 * mapping: it is kept per (tenant, payer) for {@code rcm.coding.profile-cache-ttl} (5 s; zero turns the cache
 * off). A change made through this replica clears its tenant's entries when it commits; other replicas see it
 * within the TTL.
 */
@ApplicationScoped
public class TelehealthProfileService {
    private static final int MAX_ENTRIES = 10_000;

    @ConfigProperty(name = "rcm.coding.default-telehealth-profile", defaultValue = "COMMERCIAL_DEFAULT")
    String defaultProfile;
    @ConfigProperty(name = "rcm.coding.profile-cache-ttl", defaultValue = "PT5S")
    Duration cacheTtl;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private TenantCache<TelehealthProfile> cache;

    @PostConstruct
    void init() {
        cache = new TenantCache<>(cacheTtl, MAX_ENTRIES);
    }

    /** Must run inside a transaction. */
    public TelehealthProfile forPayer(String tenant, String payerId) {
        return cache.get(tenant, payerId, () -> load(tenant, payerId));
    }

    /**
     * A tenant's profiles or payer mappings are changing in the current transaction: its cached answers are dropped
     * now and again after the commit (so a lookup between the two cannot keep the old answer).
     */
    public void changing(String tenant) {
        cache.changing(tenant, transactions);
    }

    private TelehealthProfile load(String tenant, String payerId) {
        String name = PayerTelehealth.find(tenant, payerId).map(p -> p.profileName).orElse(defaultProfile);
        return byName(tenant, name).or(() -> byName(tenant, defaultProfile))
                .orElse(TelehealthProfiles.COMMERCIAL);
    }

    public Optional<TelehealthProfile> byName(String tenant, String name) {
        return TenantTelehealthProfile.find(tenant, name).map(TenantTelehealthProfile::toProfile)
                .or(() -> TelehealthProfiles.byName(name));
    }

    /** Maps a payer to a profile (idempotent: the latest call wins). */
    public void mapPayer(String tenant, String payerId, String profileName) {
        changing(tenant);
        PayerTelehealth p = PayerTelehealth.find(tenant, payerId).orElse(null);
        if (p == null) {
            p = new PayerTelehealth();
            p.tenantId = tenant;
            p.payerId = payerId;
            p.profileName = profileName;
            p.updatedAt = Instant.now();
            p.persist();
        } else {
            p.profileName = profileName;
            p.updatedAt = Instant.now();
        }
    }

    public String defaultProfile() {
        return defaultProfile;
    }
}
