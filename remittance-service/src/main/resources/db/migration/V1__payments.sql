-- Claims we expect payment for, learned from ClaimSubmitted (PCN = CLP01 of the 835).
CREATE TABLE claim_ref (
    tenant_id               VARCHAR(64)   NOT NULL,
    patient_control_number  VARCHAR(38)   NOT NULL,
    claim_id                VARCHAR(64)   NOT NULL,
    payer_id                VARCHAR(64)   NOT NULL,
    total_charge            NUMERIC(12,2) NOT NULL,
    PRIMARY KEY (tenant_id, patient_control_number)
);

-- One posted claim payment. The unique key is the ERA dedupe key: payer + TRN02 + CLP01 (+ CLP02, so that a
-- reversal and its correction in one ERA are two postings).
CREATE TABLE payment (
    id                          VARCHAR(64)   PRIMARY KEY,
    tenant_id                   VARCHAR(64)   NOT NULL,
    remittance_id               VARCHAR(128)  NOT NULL,
    payer_id                    VARCHAR(64)   NOT NULL,
    trace_number                VARCHAR(64)   NOT NULL,
    patient_control_number      VARCHAR(38)   NOT NULL,
    claim_status_code           VARCHAR(2)    NOT NULL,
    claim_id                    VARCHAR(64),
    status                      VARCHAR(24)   NOT NULL,
    charge_amount               NUMERIC(12,2) NOT NULL,
    paid_amount                 NUMERIC(12,2) NOT NULL,
    patient_responsibility      NUMERIC(12,2) NOT NULL,
    contractual_adjustment      NUMERIC(12,2) NOT NULL,
    denied_amount               NUMERIC(12,2) NOT NULL,
    payer_claim_control_number  VARCHAR(64),
    adjustments                 JSONB         NOT NULL,
    posted_at                   TIMESTAMPTZ   NOT NULL,
    UNIQUE (tenant_id, payer_id, trace_number, patient_control_number, claim_status_code)
);
CREATE INDEX payment_claim ON payment (tenant_id, claim_id);
