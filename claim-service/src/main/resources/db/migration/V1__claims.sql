CREATE SEQUENCE claim_pcn_seq;

CREATE TABLE claim (
    id                          VARCHAR(64)   PRIMARY KEY,
    tenant_id                   VARCHAR(64)   NOT NULL,
    patient_control_number      VARCHAR(38)   NOT NULL UNIQUE,
    session_id                  VARCHAR(64)   NOT NULL,
    coding_revision             INT           NOT NULL,
    practice_id                 VARCHAR(64)   NOT NULL,
    rendering_provider_id       VARCHAR(64)   NOT NULL,
    patient_id                  VARCHAR(64)   NOT NULL,
    payer_id                    VARCHAR(64)   NOT NULL,
    date_of_service             DATE          NOT NULL,
    place_of_service            VARCHAR(2)    NOT NULL,
    frequency_code              VARCHAR(1)    NOT NULL,
    payer_claim_control_number  VARCHAR(64),
    diagnoses                   JSONB         NOT NULL,
    lines                       JSONB         NOT NULL,
    total_charge                NUMERIC(12,2) NOT NULL,
    status                      VARCHAR(24)   NOT NULL,
    created_at                  TIMESTAMPTZ   NOT NULL,
    updated_at                  TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX claim_session ON claim (tenant_id, session_id, frequency_code, coding_revision);
CREATE INDEX claim_tenant_status ON claim (tenant_id, status);

CREATE TABLE claim_transition (
    id           BIGSERIAL    PRIMARY KEY,
    claim_id     VARCHAR(64)  NOT NULL REFERENCES claim (id),
    tenant_id    VARCHAR(64)  NOT NULL,
    from_status  VARCHAR(24),
    to_status    VARCHAR(24)  NOT NULL,
    actor        VARCHAR(128) NOT NULL,
    reason       VARCHAR(256),
    at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX claim_transition_claim ON claim_transition (claim_id, id);
