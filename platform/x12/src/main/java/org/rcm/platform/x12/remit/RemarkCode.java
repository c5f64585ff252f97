package org.rcm.platform.x12.remit;

/** LQ: qualifier (HE remittance advice remark, RX NCPDP reject) and code. */
public record RemarkCode(String qualifier, String code) {
}
