-- Claim lifecycle facts for KPIs: first-pass acceptance (999/277CA), adjudication outcome, open A/R balance.
ALTER TABLE claim_fact ALTER COLUMN patient_control_number DROP NOT NULL;
ALTER TABLE claim_fact ALTER COLUMN prior_authorization SET DEFAULT false;
ALTER TABLE claim_fact ALTER COLUMN lines SET DEFAULT '[]';
ALTER TABLE claim_fact ADD COLUMN status VARCHAR(24);
ALTER TABLE claim_fact ADD COLUMN first_pass VARCHAR(8);             -- ACCEPTED or REJECTED
ALTER TABLE claim_fact ADD COLUMN first_outcome VARCHAR(24);         -- first PaymentPosted status
ALTER TABLE claim_fact ADD COLUMN adjudicated_at TIMESTAMPTZ;
ALTER TABLE claim_fact ADD COLUMN settled_amount NUMERIC(12,2) NOT NULL DEFAULT 0;  -- paid + contractual + patient + written off

CREATE TABLE adjudication (
    tenant_id     VARCHAR(64)   NOT NULL,
    payment_id    VARCHAR(64)   NOT NULL,
    claim_id      VARCHAR(64)   NOT NULL,
    payer_id      VARCHAR(64)   NOT NULL,
    status        VARCHAR(24)   NOT NULL,
    charge        NUMERIC(12,2) NOT NULL,
    paid          NUMERIC(12,2) NOT NULL,
    patient       NUMERIC(12,2) NOT NULL,
    contractual   NUMERIC(12,2) NOT NULL,
    posted_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (tenant_id, payment_id)
);
CREATE INDEX adjudication_claim ON adjudication (tenant_id, claim_id);
