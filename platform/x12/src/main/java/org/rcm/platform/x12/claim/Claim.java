package org.rcm.platform.x12.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * 2300 claim.
 *
 * @param patientControlNumber   CLM01 (our claim id, echoed as CLP01 in the 835)
 * @param totalCharge            CLM02 (must equal the sum of SV102)
 * @param placeOfService         CLM05-1 (11 office, 02/10 telehealth, 53 community mental health center...)
 * @param frequencyCode          CLM05-3 (1 original, 7 replacement, 8 void)
 * @param providerSignature      CLM06 (Y/N)
 * @param assignment             CLM07 (A, B, C)
 * @param benefitsAssignment     CLM08 (Y, N, W)
 * @param releaseOfInformation   CLM09 (I, Y)
 * @param payerClaimControlNumber REF*F8 original claim number for frequency 7 and 8, else null
 * @param priorAuthorization     REF*G1, or null
 * @param diagnoses              HI codes without dots, principal first (ABK then ABF), up to 12
 * @param renderingProvider      2310B, or null when the billing provider rendered the service
 * @param otherPayers            2320 loops (coordination of benefits)
 * @param lines                  2400 service lines (1 to 50)
 */
public record Claim(String patientControlNumber, BigDecimal totalCharge, String placeOfService, String frequencyCode,
                    String providerSignature, String assignment, String benefitsAssignment,
                    String releaseOfInformation, String payerClaimControlNumber, String priorAuthorization,
                    List<String> diagnoses, RenderingProvider renderingProvider, List<OtherPayer> otherPayers,
                    List<ServiceLine> lines) {
}
