package org.rcm.platform.x12;

/** Transaction kinds this module knows, picked from ST01 and the implementation reference. */
public enum TransactionType {
    CLAIM_837P, CLAIM_837I, CLAIM_837D, REMITTANCE_835, ACK_999, CLAIM_STATUS_277CA, CLAIM_STATUS_277,
    ELIGIBILITY_INQUIRY_270, ELIGIBILITY_RESPONSE_271, INTERCHANGE_ACK_TA1, UNKNOWN;

    static TransactionType of(String setId, String reference) {
        if (setId == null) {
            return UNKNOWN;
        }
        String ref = reference == null ? "" : reference;
        return switch (setId) {
            case "837" -> ref.contains("X223") ? CLAIM_837I : ref.contains("X224") ? CLAIM_837D : CLAIM_837P;
            case "835" -> REMITTANCE_835;
            case "999" -> ACK_999;
            case "277" -> ref.contains("X214") ? CLAIM_STATUS_277CA : CLAIM_STATUS_277;
            case "270" -> ELIGIBILITY_INQUIRY_270;
            case "271" -> ELIGIBILITY_RESPONSE_271;
            default -> UNKNOWN;
        };
    }
}
