package org.rcm.claim.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rcm.claim.domain.Fee;
import org.rcm.claim.domain.PayerSetup;
import org.rcm.claim.domain.Practice;
import org.rcm.claim.domain.RenderingProvider;
import org.rcm.claim.domain.scrub.PayerRules;
import org.rcm.platform.events.claim.ClaimSubmitted;
import org.rcm.platform.messaging.persistence.TenantCache;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The billing setup every claim build reads (practice, rendering providers, payer setup, fee schedule), as immutable
 * snapshots kept per tenant for {@code rcm.claim.setup-cache-ttl} (5 s; zero turns the cache off): four to six
 * lookups per claim become one per TTL. A change through {@code /setup} drops the tenant's snapshots when it is made
 * and when it commits; other replicas see it within the TTL. Must be called inside a transaction.
 */
@ApplicationScoped
public class BillingSetup {
    private static final int MAX_ENTRIES = 10_000;

    /** What a claim takes from its practice: the billing provider and its contact, tax id type and pay-to. */
    public record PracticeInfo(ClaimSubmitted.Provider provider, String phone, String taxIdType,
                               ClaimSubmitted.Address payTo) {
    }

    /** A rendering provider and, when one is set, the provider who supervises them. */
    public record ProviderInfo(ClaimSubmitted.Provider provider, ClaimSubmitted.Provider supervising) {
    }

    /** A payer's identity on the 837P and its scrubbing rules. */
    public record PayerInfo(String id, String clearinghousePayerId, String name, String claimFilingIndicator,
                            PayerRules rules) {
        public ClaimSubmitted.Payer toPayer(String responsibility) {
            return new ClaimSubmitted.Payer(id, clearinghousePayerId, name, claimFilingIndicator, responsibility);
        }
    }

    @ConfigProperty(name = "rcm.claim.setup-cache-ttl", defaultValue = "PT5S")
    Duration ttl;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private TenantCache<PracticeInfo> practices;
    private TenantCache<ProviderInfo> providers;
    private TenantCache<PayerInfo> payers;
    private TenantCache<BigDecimal> fees;

    @PostConstruct
    void init() {
        practices = new TenantCache<>(ttl, MAX_ENTRIES);
        providers = new TenantCache<>(ttl, MAX_ENTRIES);
        payers = new TenantCache<>(ttl, MAX_ENTRIES);
        fees = new TenantCache<>(ttl, MAX_ENTRIES);
    }

    /** The practice, or null when it is not set up. */
    public PracticeInfo practice(String tenant, String id) {
        return id == null ? null : practices.get(tenant, id, () -> Practice.find(tenant, id)
                .map(p -> new PracticeInfo(p.toProvider(), p.phone, p.taxIdType, p.payTo)).orElse(null));
    }

    /** The rendering provider (with their supervisor), or null when not set up. */
    public ProviderInfo provider(String tenant, String id) {
        return id == null ? null : providers.get(tenant, id, () -> RenderingProvider.find(tenant, id)
                .map(r -> new ProviderInfo(r.toProvider(), r.supervisingProviderId == null ? null
                        : RenderingProvider.find(tenant, r.supervisingProviderId).map(RenderingProvider::toProvider)
                        .orElse(null)))
                .orElse(null));
    }

    /** The payer's setup, or null when not set up. */
    public PayerInfo payer(String tenant, String id) {
        return id == null ? null : payers.get(tenant, id, () -> PayerSetup.find(tenant, id)
                .map(p -> new PayerInfo(p.id, p.clearinghousePayerId, p.name, p.claimFilingIndicator, p.rules()))
                .orElse(null));
    }

    /**
     * Charge for a line: the fee of (code, first modifier), else of (code, any modifier), times the units; zero
     * without a fee schedule entry (scrubbed as CHARGE-ZERO).
     */
    public BigDecimal charge(String tenant, String code, List<String> modifiers, int units) {
        BigDecimal fee = null;
        if (modifiers != null && !modifiers.isEmpty()) {
            fee = fee(tenant, code, modifiers.get(0));
        }
        if (fee == null) {
            fee = fee(tenant, code, "");
        }
        return fee == null ? BigDecimal.ZERO.setScale(2) : fee.multiply(BigDecimal.valueOf(units));
    }

    private BigDecimal fee(String tenant, String code, String modifier) {
        String mod = modifier == null ? "" : modifier;
        return fees.get(tenant, code + '/' + mod, () -> {
            Fee f = Fee.find(tenant, code, mod);
            return f == null ? null : f.charge;
        });
    }

    /** The tenant's setup is changing in the current transaction: its snapshots are dropped now and at completion. */
    public void changing(String tenant) {
        practices.changing(tenant, transactions);
        providers.changing(tenant, transactions);
        payers.changing(tenant, transactions);
        fees.changing(tenant, transactions);
    }
}
