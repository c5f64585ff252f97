package org.rcm.platform.x12.ack;

import java.io.InputStream;
import org.rcm.platform.x12.HandlerFactory;
import org.rcm.platform.x12.ReadOptions;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.X12Engine;
import org.rcm.platform.x12.X12Exception;

/** Streams the 999 acknowledgements of any interchange into {@link Ack999Listener} records. */
public final class Ack999Reader {
    private Ack999Reader() {
    }

    public static ValidationResult read(InputStream in, Ack999Listener listener) throws X12Exception {
        return read(in, listener, ReadOptions.defaults());
    }

    public static ValidationResult read(InputStream in, Ack999Listener listener, ReadOptions options)
            throws X12Exception {
        return X12Engine.run(in, factory(listener), options);
    }

    public static HandlerFactory factory(Ack999Listener listener) {
        return (id, ref) -> "999".equals(id) ? new Ack999Handler(listener) : null;
    }
}
