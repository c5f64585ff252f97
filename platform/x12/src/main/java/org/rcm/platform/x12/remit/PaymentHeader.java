package org.rcm.platform.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rcm.platform.x12.model.Party;
import org.rcm.platform.x12.model.Reference;

/**
 * 835 header: BPR, TRN, REF, DTM*405, payer (1000A) and payee (1000B).
 *
 * @param handlingCode   BPR01 (C payment and advice, I remittance only, H notification, P prenotification...)
 * @param totalPayment   BPR02
 * @param creditDebit    BPR03 (C or D)
 * @param paymentMethod  BPR04 (ACH, CHK, FWT, BOP, NON)
 * @param paymentFormat  BPR05 (CCP, CTX) or null
 * @param paymentDate    BPR16
 * @param traceNumber    TRN02 (check or EFT trace number)
 * @param traceOriginator TRN03 (payer identifier)
 * @param references     header REF segments (EV receiver, F2 version)
 * @param productionDate DTM*405
 */
public record PaymentHeader(String interchangeControlNumber, String groupControlNumber,
                            String transactionControlNumber, String handlingCode, BigDecimal totalPayment,
                            String creditDebit, String paymentMethod, String paymentFormat, LocalDate paymentDate,
                            String traceNumber, String traceOriginator, List<Reference> references,
                            LocalDate productionDate, Party payer, Party payee) {
}
