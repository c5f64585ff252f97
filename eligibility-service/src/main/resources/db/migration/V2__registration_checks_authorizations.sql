-- A check may run again after its cached result expires (or on demand): one row per run, not per key.
DO $$
DECLARE c text;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'eligibility_check'::regclass AND contype = 'u' LOOP
        EXECUTE 'ALTER TABLE eligibility_check DROP CONSTRAINT ' || quote_ident(c);
    END LOOP;
END $$;

ALTER TABLE eligibility_check
    ADD COLUMN service_type          VARCHAR(4)   NOT NULL DEFAULT 'MH',
    ADD COLUMN service_type_answered VARCHAR(4),
    ADD COLUMN exchanges             JSONB        NOT NULL DEFAULT '[]',
    ADD COLUMN retries               INT          NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at       TIMESTAMPTZ,
    ADD COLUMN lease_until           TIMESTAMPTZ,
    ADD COLUMN summary               JSONB,
    ADD COLUMN aaa_code              VARCHAR(4),
    ADD COLUMN problem_field         VARCHAR(32),
    ADD COLUMN message               VARCHAR(200),
    ADD COLUMN provider_npi          VARCHAR(10),
    ADD COLUMN provider_name         VARCHAR(60),
    ADD COLUMN completed_at          TIMESTAMPTZ,
    ADD COLUMN expires_at            TIMESTAMPTZ;
ALTER TABLE eligibility_check ALTER COLUMN status TYPE VARCHAR(24);
CREATE INDEX eligibility_check_key ON eligibility_check (tenant_id, patient_id, payer_id, date_of_service);
CREATE INDEX eligibility_check_due ON eligibility_check (status, next_attempt_at);

-- ISA13/GS06 of our 270 interchanges.
CREATE SEQUENCE interchange_control_number MINVALUE 1 MAXVALUE 999999999 CYCLE;

CREATE TABLE patient (
    id                VARCHAR(64)  PRIMARY KEY,
    tenant_id         VARCHAR(64)  NOT NULL,
    practice_id       VARCHAR(64),
    last_name         VARCHAR(60)  NOT NULL,
    first_name        VARCHAR(35)  NOT NULL,
    name_key          VARCHAR(100) NOT NULL,
    date_of_birth     DATE         NOT NULL,
    gender            VARCHAR(1)   NOT NULL,
    address           JSONB,
    consent_to_bill   BOOLEAN      NOT NULL,
    consent_signed_on DATE,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX patient_duplicate_key ON patient (tenant_id, name_key, date_of_birth);

CREATE TABLE coverage (
    id             VARCHAR(64) PRIMARY KEY,
    tenant_id      VARCHAR(64) NOT NULL,
    patient_id     VARCHAR(64) NOT NULL REFERENCES patient (id),
    coverage_order INT         NOT NULL,
    payer_id       VARCHAR(64) NOT NULL,
    payer_name     VARCHAR(60),
    member_id      VARCHAR(80) NOT NULL,
    group_number   VARCHAR(50),
    relationship   VARCHAR(2)  NOT NULL,
    subscriber     JSONB,
    effective_from DATE,
    effective_to   DATE,
    UNIQUE (patient_id, coverage_order)
);
CREATE INDEX coverage_member ON coverage (tenant_id, member_id);

CREATE TABLE work_item (
    id          VARCHAR(64)  PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    check_id    VARCHAR(64),
    patient_id  VARCHAR(64)  NOT NULL,
    payer_id    VARCHAR(64),
    kind        VARCHAR(24)  NOT NULL,
    field       VARCHAR(32),
    aaa_code    VARCHAR(4),
    message     VARCHAR(200) NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    resolved_at TIMESTAMPTZ,
    resolved_by VARCHAR(64)
);
CREATE INDEX work_item_open ON work_item (tenant_id, status, created_at);

CREATE TABLE prior_authorization (
    id                    VARCHAR(64) PRIMARY KEY,
    tenant_id             VARCHAR(64) NOT NULL,
    patient_id            VARCHAR(64) NOT NULL,
    payer_id              VARCHAR(64) NOT NULL,
    authorization_number  VARCHAR(50) NOT NULL,
    codes                 JSONB       NOT NULL,
    sessions_authorized   INT         NOT NULL,
    units_authorized      INT,
    start_date            DATE        NOT NULL,
    end_date              DATE        NOT NULL,
    review_due            DATE,
    alert_sessions_before INT         NOT NULL,
    alert_days_before     INT         NOT NULL,
    cancelled             BOOLEAN     NOT NULL DEFAULT FALSE,
    announced_status      VARCHAR(12),
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, payer_id, authorization_number)
);
CREATE INDEX prior_authorization_patient ON prior_authorization (tenant_id, patient_id, payer_id);

-- One row per documented session that used an authorization (revisions update it, never add a second).
CREATE TABLE authorization_usage (
    tenant_id        VARCHAR(64) NOT NULL,
    session_id       VARCHAR(64) NOT NULL,
    authorization_id VARCHAR(64) NOT NULL REFERENCES prior_authorization (id),
    revision         INT         NOT NULL,
    date_of_service  DATE        NOT NULL,
    units            INT         NOT NULL,
    codes            JSONB       NOT NULL,
    claim_id         VARCHAR(64),
    returned         BOOLEAN     NOT NULL DEFAULT FALSE,
    returned_reason  VARCHAR(80),
    updated_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, session_id)
);
CREATE INDEX authorization_usage_auth ON authorization_usage (authorization_id);

-- Claim → session, learned from ClaimSubmitted, so a later ClaimDenied finds the session it denied.
CREATE TABLE claim_link (
    tenant_id      VARCHAR(64) NOT NULL,
    claim_id       VARCHAR(64) NOT NULL,
    session_id     VARCHAR(64),
    no_auth_denial BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (tenant_id, claim_id)
);
