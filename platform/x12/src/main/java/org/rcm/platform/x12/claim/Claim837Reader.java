package org.rcm.platform.x12.claim;

import java.io.InputStream;
import org.rcm.platform.x12.HandlerFactory;
import org.rcm.platform.x12.ReadOptions;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.X12Engine;
import org.rcm.platform.x12.X12Exception;

/**
 * Streams 837 professional claims (for round trips and inbound validation). Reads the fields
 * {@link Claim837Writer} writes; other segments are skipped. Checks CLM02 = Σ SV102.
 */
public final class Claim837Reader {
    private Claim837Reader() {
    }

    public static ValidationResult read(InputStream in, Claim837Listener listener) throws X12Exception {
        return read(in, listener, ReadOptions.defaults());
    }

    public static ValidationResult read(InputStream in, Claim837Listener listener, ReadOptions options)
            throws X12Exception {
        return X12Engine.run(in, factory(listener), options);
    }

    public static HandlerFactory factory(Claim837Listener listener) {
        return (id, ref) -> "837".equals(id) && (ref == null || !ref.startsWith("005010X223"))
                ? new Claim837Handler(listener) : null;
    }
}
