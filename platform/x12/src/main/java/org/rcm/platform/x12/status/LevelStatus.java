package org.rcm.platform.x12.status;

import java.util.List;
import org.rcm.platform.x12.model.Amount;
import org.rcm.platform.x12.model.Party;
import org.rcm.platform.x12.model.Quantity;

/**
 * Status at the information receiver (HL level 21, loop 2200B) or billing provider (HL level 19, loop 2200C).
 *
 * @param levelCode   HL03 (21 or 19)
 * @param party       the NM1 of the level
 * @param traceNumber TRN02 of the level
 * @param statuses    STC composites
 * @param quantities  QTY (90 accepted, AA rejected counts)
 * @param amounts     AMT (YU accepted, YY rejected amounts)
 */
public record LevelStatus(String transactionControlNumber, String levelCode, Party party, String traceNumber,
                          List<StatusCode> statuses, List<Quantity> quantities, List<Amount> amounts) {
}
