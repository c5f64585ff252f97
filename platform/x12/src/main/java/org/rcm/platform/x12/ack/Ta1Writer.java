package org.rcm.platform.x12.ack;

import java.io.OutputStream;
import org.rcm.platform.x12.EnvelopeWriter;
import org.rcm.platform.x12.InterchangeEnvelope;
import org.rcm.platform.x12.InterchangeOutcome;
import org.rcm.platform.x12.SegmentWriter;

/** Writes a TA1 interchange acknowledgement (ISA, TA1, IEA*0) for an inbound interchange. */
public final class Ta1Writer {
    private Ta1Writer() {
    }

    /**
     * @param envelope our envelope (sender = us); its interchange control number is used for the TA1's ISA13
     * @param inbound  the outcome of the interchange being acknowledged
     */
    public static void write(OutputStream out, InterchangeEnvelope envelope, InterchangeOutcome inbound) {
        SegmentWriter w = new SegmentWriter(out, envelope.delimiters());
        EnvelopeWriter.writeIsa(w, envelope, envelope.senderQualifier(), envelope.senderId(),
                envelope.receiverQualifier(), envelope.receiverId());
        w.start("TA1").add(inbound.controlNumber()).add(inbound.date()).add(inbound.time())
                .add(inbound.ta1Status()).add(inbound.ta1NoteCode()).end();
        w.start("IEA").add("0").add(EnvelopeWriter.nine(envelope.interchangeControlNumber())).end();
        w.flush();
    }
}
