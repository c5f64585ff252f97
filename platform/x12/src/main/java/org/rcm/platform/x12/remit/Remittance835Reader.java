package org.rcm.platform.x12.remit;

import java.io.InputStream;
import org.rcm.platform.x12.HandlerFactory;
import org.rcm.platform.x12.ReadOptions;
import org.rcm.platform.x12.ValidationResult;
import org.rcm.platform.x12.X12Engine;
import org.rcm.platform.x12.X12Exception;

/**
 * Streams the 835 transaction sets of any interchange into {@link Remittance835Listener} records.
 * Other transaction sets in the input are envelope-checked and skipped.
 */
public final class Remittance835Reader {
    private Remittance835Reader() {
    }

    /**
     * Reads the whole input.
     *
     * @return envelope, syntax and balancing findings
     * @throws X12Exception only when the stream fails (code "IO")
     */
    public static ValidationResult read(InputStream in, Remittance835Listener listener) throws X12Exception {
        return read(in, listener, ReadOptions.defaults());
    }

    public static ValidationResult read(InputStream in, Remittance835Listener listener, ReadOptions options)
            throws X12Exception {
        return X12Engine.run(in, factory(listener), options);
    }

    /** Handler factory for combining with other readers. */
    public static HandlerFactory factory(Remittance835Listener listener) {
        return (id, ref) -> "835".equals(id) ? new Remittance835Handler(listener) : null;
    }
}
