-- A claim received for submission, with everything needed to write its 837P.
CREATE TABLE submission (
    id                      VARCHAR(64)   PRIMARY KEY,
    tenant_id               VARCHAR(64)   NOT NULL,
    claim_id                VARCHAR(64)   NOT NULL,
    patient_control_number  VARCHAR(38)   NOT NULL,
    payer_id                VARCHAR(64)   NOT NULL,
    frequency_code          VARCHAR(1)    NOT NULL,
    total_charge            NUMERIC(12,2) NOT NULL,
    claim                   JSONB         NOT NULL,
    status                  VARCHAR(24)   NOT NULL,
    received_at             TIMESTAMPTZ   NOT NULL,
    UNIQUE (tenant_id, claim_id)
);
CREATE INDEX submission_status ON submission (tenant_id, status);
