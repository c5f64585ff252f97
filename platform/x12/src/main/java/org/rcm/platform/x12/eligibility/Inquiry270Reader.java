package org.rcm.platform.x12.eligibility;

import java.io.InputStream;
import org.rcm.platform.x12.HandlerFactory;
import org.rcm.platform.x12.ReadOptions;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.X12Engine;
import org.rcm.platform.x12.X12Exception;

/** Streams 270 inquiries (005010X279A1), for round trips and inbound validation. */
public final class Inquiry270Reader {
    private Inquiry270Reader() {
    }

    public static ValidationResult read(InputStream in, Inquiry270Listener listener) throws X12Exception {
        return read(in, listener, ReadOptions.defaults());
    }

    public static ValidationResult read(InputStream in, Inquiry270Listener listener, ReadOptions options)
            throws X12Exception {
        return X12Engine.run(in, factory(listener), options);
    }

    public static HandlerFactory factory(Inquiry270Listener listener) {
        return (id, ref) -> "270".equals(id) ? new Inquiry270Handler(listener) : null;
    }
}
