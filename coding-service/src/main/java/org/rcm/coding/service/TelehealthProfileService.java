package org.rcm.coding.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rcm.coding.domain.PayerTelehealth;
import org.rcm.coding.domain.TenantTelehealthProfile;
import org.rcm.coding.domain.rules.TelehealthProfile;
import org.rcm.coding.domain.rules.TelehealthProfiles;

import java.time.Instant;
import java.util.Optional;

/** Which telehealth profile applies to a tenant's payer: payer mapping → tenant override → built-in default. */
@ApplicationScoped
public class TelehealthProfileService {
    @ConfigProperty(name = "rcm.coding.default-telehealth-profile", defaultValue = "COMMERCIAL_DEFAULT")
    String defaultProfile;

    /** Must run inside a transaction. */
    public TelehealthProfile forPayer(String tenant, String payerId) {
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
