package org.rcm.platform.x12.eligibility;

import java.io.InputStream;
import org.rcm.platform.x12.HandlerFactory;
import org.rcm.platform.x12.ReadOptions;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.X12Engine;
import org.rcm.platform.x12.X12Exception;

/** Streams the 271 transaction sets (005010X279A1) of any interchange into records. */
public final class Eligibility271Reader {
    private Eligibility271Reader() {
    }

    public static ValidationResult read(InputStream in, Eligibility271Listener listener) throws X12Exception {
        return read(in, listener, ReadOptions.defaults());
    }

    public static ValidationResult read(InputStream in, Eligibility271Listener listener, ReadOptions options)
            throws X12Exception {
        return X12Engine.run(in, factory(listener), options);
    }

    public static HandlerFactory factory(Eligibility271Listener listener) {
        return (id, ref) -> "271".equals(id) ? new Eligibility271Handler(listener) : null;
    }
}
