package org.rcm.platform.events.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A scrubbed claim is ready for the clearinghouse, carrying everything the gateway needs to write a full 837P
 * (the gateway never calls back). Key: claimId. {@code patientControlNumber} is CLM01, which the payer echoes in
 * CLP01 of the 835. {@code frequencyCode} 1 = original, 7 = replacement, 8 = void; 7 and 8 carry the payer's claim
 * control number of the claim they replace in {@code payerClaimControlNumber} (REF*F8). {@code otherPayers} fills
 * the 2320/2330/2430 loops of a secondary claim. Parties may be null while a tenant's billing setup is incomplete;
 * the scrubber holds such claims, so a submitted claim has them. {@code billingContactPhone},
 * {@code billingTaxIdType}, {@code payToAddress} and {@code supervisingProvider} (added later, nullable) come from
 * the practice and provider setup.
 */
public record ClaimSubmitted(
        String claimId,
        String patientControlNumber,
        String sessionId,
        String practiceId,
        String renderingProviderId,
        String patientId,
        String payerId,
        LocalDate dateOfService,
        String placeOfService,
        String frequencyCode,
        String payerClaimControlNumber,
        String priorAuthorization,
        Provider billingProvider,
        Provider renderingProvider,
        Payer payer,
        Person subscriber,
        Person patient,
        String patientRelationship,
        List<String> diagnoses,
        List<ClaimLine> lines,
        BigDecimal totalCharge,
        List<OtherPayer> otherPayers,
        String billingContactPhone,
        String billingTaxIdType,
        Address payToAddress,
        Provider supervisingProvider) {

    /**
     * The shape before {@code billingContactPhone} (PER of 1000A/2010AA, 10 digits), {@code billingTaxIdType} (EIN →
     * REF*EI, SSN → REF*SY), {@code payToAddress} (2010AB, when it differs from the billing address) and
     * {@code supervisingProvider} (2310D) were added; they are null then.
     */
    public ClaimSubmitted(String claimId, String patientControlNumber, String sessionId, String practiceId,
                          String renderingProviderId, String patientId, String payerId, LocalDate dateOfService,
                          String placeOfService, String frequencyCode, String payerClaimControlNumber,
                          String priorAuthorization, Provider billingProvider, Provider renderingProvider, Payer payer,
                          Person subscriber, Person patient, String patientRelationship, List<String> diagnoses,
                          List<ClaimLine> lines, BigDecimal totalCharge, List<OtherPayer> otherPayers) {
        this(claimId, patientControlNumber, sessionId, practiceId, renderingProviderId, patientId, payerId,
                dateOfService, placeOfService, frequencyCode, payerClaimControlNumber, priorAuthorization,
                billingProvider, renderingProvider, payer, subscriber, patient, patientRelationship, diagnoses, lines,
                totalCharge, otherPayers, null, null, null, null);
    }

    public record ClaimLine(
            int lineNumber,
            String lineControlNumber,
            String code,
            List<String> modifiers,
            int units,
            BigDecimal charge,
            List<Integer> diagnosisPointers,
            LocalDate dateOfService) {
    }

    /** A billing or rendering provider: organisation name, or last/first name for a person. */
    public record Provider(String npi, String taxonomy, String taxId, String organizationName, String lastName,
                           String firstName, Address address) {
    }

    /**
     * @param clearinghousePayerId the payer id the clearinghouse knows (NM109 of 2010BB)
     * @param claimFilingIndicator SBR09, e.g. CI commercial, MB Medicare Part B, MC Medicaid
     * @param responsibility       SBR01: P primary, S secondary, T tertiary
     */
    public record Payer(String payerId, String clearinghousePayerId, String name, String claimFilingIndicator,
                        String responsibility) {
    }

    /** A subscriber or patient. {@code gender} F/M/U. */
    public record Person(String memberId, String groupNumber, String lastName, String firstName,
                         LocalDate dateOfBirth, String gender, Address address) {
    }

    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    /** What an earlier payer did with this claim (2320/2330 and, per line, 2430). */
    public record OtherPayer(Payer payer, Person subscriber, String patientRelationship, BigDecimal paidAmount,
                             LocalDate adjudicationDate, String payerClaimControlNumber,
                             List<OtherAdjustment> claimAdjustments, List<LineAdjudication> lines) {
    }

    public record OtherAdjustment(String group, String reason, BigDecimal amount) {
    }

    public record LineAdjudication(int lineNumber, String code, BigDecimal paidAmount, int paidUnits,
                                   List<OtherAdjustment> adjustments) {
    }
}
