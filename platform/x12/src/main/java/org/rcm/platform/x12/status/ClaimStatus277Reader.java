package org.rcm.platform.x12.status;

import java.io.InputStream;
import org.rcm.platform.x12.HandlerFactory;
import org.rcm.platform.x12.ReadOptions;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.X12Engine;
import org.rcm.platform.x12.X12Exception;

/** Streams the 277 (277CA, 005010X214) transaction sets of any interchange into records. */
public final class ClaimStatus277Reader {
    private ClaimStatus277Reader() {
    }

    public static ValidationResult read(InputStream in, ClaimStatus277Listener listener) throws X12Exception {
        return read(in, listener, ReadOptions.defaults());
    }

    public static ValidationResult read(InputStream in, ClaimStatus277Listener listener, ReadOptions options)
            throws X12Exception {
        return X12Engine.run(in, factory(listener), options);
    }

    public static HandlerFactory factory(ClaimStatus277Listener listener) {
        return (id, ref) -> "277".equals(id) ? new ClaimStatus277Handler(listener) : null;
    }
}
