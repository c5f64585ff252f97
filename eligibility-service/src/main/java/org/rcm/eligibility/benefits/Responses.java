package org.rcm.eligibility.benefits;

import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.X12Exception;
import org.rcm.platform.x12.eligibility.Eligibility271Reader;
import org.rcm.platform.x12.eligibility.EligibilityResponse;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads 271 interchanges with platform/x12 and picks the response to our inquiry. */
public final class Responses {
    private Responses() {
    }

    /** Every 271 response in the bytes; empty when they hold no 271. */
    public static List<EligibilityResponse> read(byte[] x12) {
        List<EligibilityResponse> out = new ArrayList<>();
        try {
            ValidationResult ignored = Eligibility271Reader.read(new ByteArrayInputStream(x12), out::add);
        } catch (X12Exception e) {
            return List.of();
        }
        return out;
    }

    /** The response whose member echoes our trace number (TRN02), else the only/first one, else null. */
    public static EligibilityResponse forTrace(List<EligibilityResponse> responses, String trace) {
        for (EligibilityResponse r : responses) {
            if (r.subscriber() != null && r.subscriber().traceNumbers().contains(trace)
                    || r.dependents().stream().anyMatch(d -> d.traceNumbers().contains(trace))) {
                return r;
            }
        }
        return responses.isEmpty() ? null : responses.get(0);
    }
}
