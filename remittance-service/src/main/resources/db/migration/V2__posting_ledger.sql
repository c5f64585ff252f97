-- Claim facts for line matching, secondary claims and candidates.
ALTER TABLE claim_ref ADD COLUMN patient_id VARCHAR(64);
ALTER TABLE claim_ref ADD COLUMN date_of_service DATE;
ALTER TABLE claim_ref ADD COLUMN responsibility VARCHAR(1);
ALTER TABLE claim_ref ADD COLUMN lines JSONB NOT NULL DEFAULT '[]';
CREATE INDEX claim_ref_claim ON claim_ref (tenant_id, claim_id);
CREATE INDEX claim_ref_charge ON claim_ref (tenant_id, total_charge);

-- The dedupe key replaces the old unique key: payer + TRN02 + CLP01 + CLP02 (+ occurrence when an ERA repeats a CLP01).
DO $$
DECLARE c text;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = 'payment'::regclass AND contype = 'u' LOOP
        EXECUTE 'ALTER TABLE payment DROP CONSTRAINT ' || quote_ident(c);
    END LOOP;
END $$;
ALTER TABLE payment ADD COLUMN dedupe_key VARCHAR(300);
UPDATE payment SET dedupe_key = payer_id || '|' || trace_number || '|' || patient_control_number || '|' || claim_status_code;
ALTER TABLE payment ALTER COLUMN dedupe_key SET NOT NULL;
ALTER TABLE payment ADD CONSTRAINT payment_dedupe UNIQUE (tenant_id, dedupe_key);
ALTER TABLE payment ADD COLUMN payment_date DATE;
ALTER TABLE payment ADD COLUMN allowed_amount NUMERIC(12,2) NOT NULL DEFAULT 0;
ALTER TABLE payment ADD COLUMN deductible NUMERIC(12,2) NOT NULL DEFAULT 0;
ALTER TABLE payment ADD COLUMN coinsurance NUMERIC(12,2) NOT NULL DEFAULT 0;
ALTER TABLE payment ADD COLUMN copay NUMERIC(12,2) NOT NULL DEFAULT 0;
ALTER TABLE payment ADD COLUMN interest NUMERIC(12,2) NOT NULL DEFAULT 0;
ALTER TABLE payment ADD COLUMN remark_codes JSONB NOT NULL DEFAULT '[]';
ALTER TABLE payment ADD COLUMN lines JSONB NOT NULL DEFAULT '[]';
ALTER TABLE payment ADD COLUMN candidates JSONB NOT NULL DEFAULT '[]';
ALTER TABLE payment ADD COLUMN remit JSONB;
ALTER TABLE payment ADD COLUMN reverses_payment_id VARCHAR(64);
ALTER TABLE payment ADD COLUMN reversed_by_payment_id VARCHAR(64);
ALTER TABLE payment ADD COLUMN matched_by VARCHAR(64);
CREATE INDEX payment_remittance ON payment (tenant_id, remittance_id);
CREATE INDEX payment_unmatched ON payment (tenant_id, patient_control_number) WHERE claim_id IS NULL;

-- History of a claim's postings: POSTED, REVERSED, MATCHED, UNMATCHED.
CREATE TABLE posting_history (
    id          BIGSERIAL     PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    payment_id  VARCHAR(64)   NOT NULL,
    claim_id    VARCHAR(64),
    action      VARCHAR(24)   NOT NULL,
    detail      VARCHAR(300),
    actor       VARCHAR(64),
    at          TIMESTAMPTZ   NOT NULL
);
CREATE INDEX posting_history_claim ON posting_history (tenant_id, claim_id);

-- ERA payment headers (BPR/TRN/PLB) from RemittanceAdviceReceived.
CREATE TABLE remittance_advice (
    tenant_id             VARCHAR(64)   NOT NULL,
    remittance_id         VARCHAR(128)  NOT NULL,
    payer_id              VARCHAR(64)   NOT NULL,
    trace_number          VARCHAR(64)   NOT NULL,
    payment_method        VARCHAR(8),
    payment_amount        NUMERIC(14,2) NOT NULL,
    payment_date          DATE,
    claim_count           INTEGER       NOT NULL,
    provider_adjustments  JSONB         NOT NULL,
    received_at           TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (tenant_id, remittance_id)
);
CREATE INDEX remittance_advice_trace ON remittance_advice (tenant_id, trace_number);

-- Bank deposits entered by a user, reconciled against an ERA's EFT/check trace (TRN02) and amount (BPR02).
CREATE TABLE deposit (
    id              VARCHAR(64)   PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    trace_number    VARCHAR(64)   NOT NULL,
    amount          NUMERIC(14,2) NOT NULL,
    deposit_date    DATE          NOT NULL,
    bank_reference  VARCHAR(64),
    status          VARCHAR(24)   NOT NULL,
    remittance_id   VARCHAR(128),
    difference      NUMERIC(14,2),
    entered_by      VARCHAR(64),
    entered_at      TIMESTAMPTZ   NOT NULL,
    UNIQUE (tenant_id, trace_number, bank_reference)
);

-- A patient's coverages as eligibility-service last reported them.
CREATE TABLE coverage_ref (
    tenant_id   VARCHAR(64)  NOT NULL,
    patient_id  VARCHAR(64)  NOT NULL,
    coverages   JSONB        NOT NULL,
    PRIMARY KEY (tenant_id, patient_id)
);
