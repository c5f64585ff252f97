package org.rcm.claim.domain.scrub;

/**
 * How a payer wants telehealth billed (place of service 02 / 10 and modifiers 95, GT, 93).
 * <ul>
 * <li>COMMERCIAL_95: POS 02/10 and modifier 95 (or 93 for audio-only) on every line</li>
 * <li>MEDICARE: POS 02/10; modifier 95 optional, 93 for audio-only, GT not accepted</li>
 * <li>GT: POS 02/10 and modifier GT on every line</li>
 * <li>POS_ONLY: POS 02/10 alone; telehealth modifiers are not expected (warning)</li>
 * <li>NOT_COVERED: the payer does not cover telehealth: POS 02/10 is refused</li>
 * </ul>
 */
public enum TelehealthProfile {
    COMMERCIAL_95, MEDICARE, GT, POS_ONLY, NOT_COVERED;

    public static TelehealthProfile parse(String name) {
        if (name == null || name.isBlank()) {
            return COMMERCIAL_95;
        }
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
