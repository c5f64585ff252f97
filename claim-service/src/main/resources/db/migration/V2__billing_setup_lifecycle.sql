-- billing setup per tenant (ids are the tenant's own: practiceId, renderingProviderId, payerId of CodesAssigned)
CREATE TABLE practice (
    tenant_id        VARCHAR(64)  NOT NULL,
    id               VARCHAR(64)  NOT NULL,
    name             VARCHAR(120) NOT NULL,
    npi              VARCHAR(10)  NOT NULL,
    tax_id           VARCHAR(9)   NOT NULL,
    tax_id_type      VARCHAR(3)   NOT NULL,
    taxonomy         VARCHAR(10)  NOT NULL,
    phone            VARCHAR(10),
    address          JSONB        NOT NULL,
    pay_to           JSONB,
    created_by       VARCHAR(128) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_by       VARCHAR(128) NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE rendering_provider (
    tenant_id               VARCHAR(64)  NOT NULL,
    id                      VARCHAR(64)  NOT NULL,
    npi                     VARCHAR(10)  NOT NULL,
    taxonomy                VARCHAR(10)  NOT NULL,
    last_name               VARCHAR(60)  NOT NULL,
    first_name              VARCHAR(35)  NOT NULL,
    credentials             VARCHAR(20),
    supervising_provider_id VARCHAR(64),
    created_by              VARCHAR(128) NOT NULL,
    created_at              TIMESTAMPTZ  NOT NULL,
    updated_by              VARCHAR(128) NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE payer (
    tenant_id              VARCHAR(64)  NOT NULL,
    id                     VARCHAR(64)  NOT NULL,
    name                   VARCHAR(120) NOT NULL,
    clearinghouse_payer_id VARCHAR(80)  NOT NULL,
    claim_filing_indicator VARCHAR(2)   NOT NULL,
    timely_filing_days     INT          NOT NULL,
    telehealth_profile     VARCHAR(20)  NOT NULL,
    prior_auth_codes       JSONB        NOT NULL,
    created_by             VARCHAR(128) NOT NULL,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_by             VARCHAR(128) NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE fee (
    tenant_id   VARCHAR(64)   NOT NULL,
    code        VARCHAR(5)    NOT NULL,
    modifier    VARCHAR(2)    NOT NULL DEFAULT '',
    charge      NUMERIC(12,2) NOT NULL,
    updated_by  VARCHAR(128)  NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (tenant_id, code, modifier)
);

-- who changed which setup record, when, and to what
CREATE TABLE setup_audit (
    id         BIGSERIAL    PRIMARY KEY,
    tenant_id  VARCHAR(64)  NOT NULL,
    entity     VARCHAR(32)  NOT NULL,
    entity_id  VARCHAR(64)  NOT NULL,
    action     VARCHAR(16)  NOT NULL,
    actor      VARCHAR(128) NOT NULL,
    at         TIMESTAMPTZ  NOT NULL,
    snapshot   JSONB        NOT NULL
);
CREATE INDEX setup_audit_tenant ON setup_audit (tenant_id, entity, entity_id, id);

-- claim-service's own copy of eligibility facts
CREATE TABLE patient (
    tenant_id     VARCHAR(64) NOT NULL,
    id            VARCHAR(64) NOT NULL,
    practice_id   VARCHAR(64),
    demographics  JSONB,
    coverages     JSONB       NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE prior_authorization (
    tenant_id            VARCHAR(64) NOT NULL,
    id                   VARCHAR(64) NOT NULL,
    patient_id           VARCHAR(64) NOT NULL,
    payer_id             VARCHAR(64) NOT NULL,
    number               VARCHAR(50) NOT NULL,
    codes                JSONB       NOT NULL,
    sessions_authorized  INT         NOT NULL,
    sessions_used        INT         NOT NULL,
    start_date           DATE,
    end_date             DATE,
    status               VARCHAR(16) NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX prior_authorization_patient ON prior_authorization (tenant_id, patient_id, payer_id);

ALTER TABLE claim
    ADD COLUMN billing_provider       JSONB,
    ADD COLUMN rendering_provider     JSONB,
    ADD COLUMN payer                  JSONB,
    ADD COLUMN subscriber             JSONB,
    ADD COLUMN patient                JSONB,
    ADD COLUMN patient_relationship   VARCHAR(2),
    ADD COLUMN prior_authorization    VARCHAR(50),
    ADD COLUMN other_payers           JSONB,
    ADD COLUMN edits                  JSONB,
    ADD COLUMN relation               VARCHAR(16),
    ADD COLUMN related_claim_id       VARCHAR(64),
    ADD COLUMN paid_amount            NUMERIC(12,2),
    ADD COLUMN patient_responsibility NUMERIC(12,2),
    ADD COLUMN contractual_adjustment NUMERIC(12,2),
    ADD COLUMN deductible             NUMERIC(12,2),
    ADD COLUMN coinsurance            NUMERIC(12,2),
    ADD COLUMN copay                  NUMERIC(12,2),
    ADD COLUMN adjudicated_at         TIMESTAMPTZ,
    ADD COLUMN replaces_control_number VARCHAR(64),
    ADD COLUMN billing_contact_phone  VARCHAR(10),
    ADD COLUMN billing_tax_id_type    VARCHAR(3),
    ADD COLUMN pay_to_address         JSONB,
    ADD COLUMN supervising_provider   JSONB;

-- one original claim per session and coding revision; replacements, voids and secondaries share the session
DROP INDEX claim_session;
CREATE UNIQUE INDEX claim_session_original ON claim (tenant_id, session_id, coding_revision) WHERE relation IS NULL;
CREATE INDEX claim_tenant_patient ON claim (tenant_id, patient_id);
CREATE INDEX claim_tenant_payer_dos ON claim (tenant_id, payer_id, date_of_service);
CREATE INDEX claim_related ON claim (tenant_id, related_claim_id);
ALTER TABLE claim_transition ALTER COLUMN reason TYPE VARCHAR(512);
