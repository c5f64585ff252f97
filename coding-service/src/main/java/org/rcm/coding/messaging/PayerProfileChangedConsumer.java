package org.rcm.coding.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.rcm.coding.domain.rules.TelehealthProfiles;
import org.rcm.coding.service.TelehealthProfileService;
import org.rcm.platform.events.claim.ClaimEvents;
import org.rcm.platform.events.claim.PayerProfileChanged;
import org.rcm.platform.messaging.tenant.TenantContext;

/** PayerProfileChanged (claim-service billing setup) → which telehealth profile the payer uses. */
@ApplicationScoped
public class PayerProfileChangedConsumer {
    @Inject
    org.rcm.platform.messaging.inbox.EventProcessor processor;
    @Inject
    TelehealthProfileService profiles;
    @Inject
    TenantContext tenants;

    @Incoming("payer-profile-changed")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processor.process("coding.payer-profile-changed", records, event -> {
            PayerProfileChanged p = event.payloadAs(ClaimEvents.PAYER_PROFILE_CHANGED);
            if (p.telehealthProfile() != null && !p.telehealthProfile().isBlank()) {
                profiles.mapPayer(tenants.current(), p.payerId(), codingProfile(p.telehealthProfile()));
            }
        });
    }

    /**
     * Billing setup names the payer's telehealth billing rule (claim-service's scrubber vocabulary); coding uses
     * the matching dated profile. A name this service already knows (its own or a tenant's) passes unchanged.
     */
    static String codingProfile(String billingRule) {
        return switch (billingRule) {
            case "COMMERCIAL_95", "POS_ONLY" -> TelehealthProfiles.COMMERCIAL_DEFAULT;
            case "MEDICARE" -> TelehealthProfiles.MEDICARE_LIKE;
            case "GT", "NOT_COVERED" -> TelehealthProfiles.MEDICAID_GT;
            default -> billingRule;
        };
    }
}
