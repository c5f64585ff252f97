package org.rcm.platform.x12;

import java.io.InputStream;
import org.rcm.platform.x12.ack.Ack999Listener;
import org.rcm.platform.x12.ack.Ack999Reader;
import org.rcm.platform.x12.claim.Claim837Reader;
import org.rcm.platform.x12.eligibility.Eligibility271Reader;
import org.rcm.platform.x12.eligibility.Inquiry270Reader;
import org.rcm.platform.x12.remit.Remittance835Listener;
import org.rcm.platform.x12.remit.Remittance835Reader;
import org.rcm.platform.x12.status.ClaimStatus277Listener;
import org.rcm.platform.x12.status.ClaimStatus277Reader;

/**
 * Validates any input: envelopes of every interchange, plus the transaction-level checks of the
 * readers for 835, 837P, 999, 277, 270 and 271 sets (dates, numbers, required segments, balancing).
 */
public final class X12Validator {
    private static final HandlerFactory ALL = (id, ref) -> {
        HandlerFactory f = switch (id) {
            case "835" -> Remittance835Reader.factory(new Remittance835Listener() {
            });
            case "837" -> Claim837Reader.factory(c -> {
            });
            case "999" -> Ack999Reader.factory(new Ack999Listener() {
            });
            case "277" -> ClaimStatus277Reader.factory(new ClaimStatus277Listener() {
            });
            case "271" -> Eligibility271Reader.factory(r -> {
            });
            case "270" -> Inquiry270Reader.factory(q -> {
            });
            default -> null;
        };
        return f == null ? null : f.create(id, ref);
    };

    private X12Validator() {
    }

    /** Validates the whole input; malformed content is reported in the result, never thrown. */
    public static ValidationResult validate(InputStream in) throws X12Exception {
        return validate(in, ReadOptions.defaults());
    }

    public static ValidationResult validate(InputStream in, ReadOptions options) throws X12Exception {
        return X12Engine.run(in, ALL, options);
    }

    /** The combined handler factory, for callers that also want records from one of the readers. */
    public static HandlerFactory allHandlers() {
        return ALL;
    }
}
