package org.rcm.platform.events.remittance;

import org.rcm.platform.events.gateway.Adjustment;
import org.rcm.platform.events.gateway.RemittanceReceived;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The primary payer adjudicated the claim and did not cross it over (CLP02 1, a secondary on file): claim-service
 * builds the secondary claim from this. Key: claimId.
 */
public record SecondaryClaimRequested(String claimId, String primaryPaymentId, String primaryPayerId,
                                      String payerClaimControlNumber, BigDecimal paidAmount,
                                      LocalDate adjudicationDate, List<Adjustment> claimAdjustments,
                                      List<RemittanceReceived.ServiceLine> lines) {
}
