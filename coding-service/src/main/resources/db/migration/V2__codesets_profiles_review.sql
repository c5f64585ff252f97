-- Code sets (reference data, shared by all tenants): one row per code and validity period.
CREATE TABLE icd10cm_code (
    code        VARCHAR(8)   NOT NULL,
    billable    BOOLEAN      NOT NULL,
    short_title VARCHAR(128) NOT NULL,
    long_title  TEXT         NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    PRIMARY KEY (code, valid_from)
);

CREATE TABLE hcpcs_code (
    code              VARCHAR(5)  NOT NULL,
    kind              VARCHAR(16) NOT NULL,
    short_description VARCHAR(64) NOT NULL,
    long_description  TEXT        NOT NULL,
    added_date        DATE,
    effective_date    DATE,
    termination_date  DATE,
    PRIMARY KEY (code, kind)
);

CREATE TABLE codeset_import (
    id          BIGSERIAL    PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    source      VARCHAR(256) NOT NULL,
    row_count   INT          NOT NULL,
    imported_by VARCHAR(128) NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL
);

-- Per-tenant telehealth profile overrides and payer → profile mapping.
CREATE TABLE telehealth_profile (
    tenant_id   VARCHAR(64)  NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    description VARCHAR(256),
    periods     JSONB        NOT NULL,
    updated_by  VARCHAR(128) NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, name)
);

CREATE TABLE payer_telehealth (
    tenant_id    VARCHAR(64)  NOT NULL,
    payer_id     VARCHAR(64)  NOT NULL,
    profile_name VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, payer_id)
);

-- Coder review: findings kept with the assignment; every override audited.
ALTER TABLE code_assignment ADD COLUMN findings JSONB;
ALTER TABLE code_assignment ADD COLUMN override_reason TEXT;
ALTER TABLE session ADD COLUMN em_code VARCHAR(5);

CREATE TABLE code_override (
    id          BIGSERIAL    PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    session_id  VARCHAR(64)  NOT NULL REFERENCES session (id),
    revision    INT          NOT NULL,
    actor       VARCHAR(128) NOT NULL,
    reason      TEXT         NOT NULL,
    before      JSONB        NOT NULL,
    after       JSONB        NOT NULL,
    overridden_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX code_override_session ON code_override (tenant_id, session_id);
CREATE INDEX session_provider ON session (tenant_id, rendering_provider_id, date_of_service);
