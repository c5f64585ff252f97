-- A coverage check to run for a patient, payer and date of service.
CREATE TABLE eligibility_check (
    id               VARCHAR(64)  PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    patient_id       VARCHAR(64)  NOT NULL,
    payer_id         VARCHAR(64)  NOT NULL,
    date_of_service  DATE         NOT NULL,
    trigger          VARCHAR(32)  NOT NULL,
    source_id        VARCHAR(64),
    status           VARCHAR(16)  NOT NULL,
    requested_at     TIMESTAMPTZ  NOT NULL,
    UNIQUE (tenant_id, patient_id, payer_id, date_of_service)
);
