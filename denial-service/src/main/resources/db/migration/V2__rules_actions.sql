-- Denial categorisation as data: group + CARC (+ RARC) -> category, with effective dates. tenant_id NULL = the
-- default for every tenant; a tenant's own row for the same codes wins.
CREATE TABLE denial_category_rule (
    id              VARCHAR(64)  PRIMARY KEY,
    tenant_id       VARCHAR(64),
    group_code      VARCHAR(2)   NOT NULL,   -- CO, OA, PI, PR or * (any)
    carc            VARCHAR(8)   NOT NULL,
    rarc            VARCHAR(8),              -- NULL = any remark
    category        VARCHAR(32)  NOT NULL,
    effective_from  DATE         NOT NULL,
    effective_to    DATE,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX denial_category_rule_carc ON denial_category_rule (carc);

INSERT INTO denial_category_rule (id, tenant_id, group_code, carc, rarc, category, effective_from, created_by, created_at)
SELECT 'seed-' || v.carc || '-' || coalesce(v.rarc, 'any'), NULL, v.grp, v.carc, v.rarc, v.category, DATE '2000-01-01', 'seed', now()
FROM (VALUES
    ('*', '26', NULL, 'ELIGIBILITY'), ('*', '27', NULL, 'ELIGIBILITY'), ('*', '31', NULL, 'ELIGIBILITY'),
    ('*', '32', NULL, 'ELIGIBILITY'), ('*', '33', NULL, 'ELIGIBILITY'), ('*', '109', NULL, 'ELIGIBILITY'),
    ('*', '197', NULL, 'AUTHORIZATION'), ('*', '15', NULL, 'AUTHORIZATION'), ('*', '198', NULL, 'AUTHORIZATION'),
    ('*', '62', NULL, 'AUTHORIZATION'), ('*', '243', NULL, 'AUTHORIZATION'),
    ('*', '4', NULL, 'CODING'), ('*', '5', NULL, 'CODING'), ('*', '6', NULL, 'CODING'), ('*', '11', NULL, 'CODING'),
    ('*', '97', NULL, 'CODING'), ('*', '181', NULL, 'CODING'), ('*', '182', NULL, 'CODING'), ('*', '236', NULL, 'CODING'),
    ('*', '16', NULL, 'MISSING_INFORMATION'), ('*', '252', NULL, 'MISSING_INFORMATION'), ('*', '125', NULL, 'MISSING_INFORMATION'),
    ('*', '206', NULL, 'MISSING_INFORMATION'), ('*', 'A7', NULL, 'MISSING_INFORMATION'),
    ('*', '50', NULL, 'MEDICAL_NECESSITY'), ('*', '56', NULL, 'MEDICAL_NECESSITY'), ('*', '150', NULL, 'MEDICAL_NECESSITY'),
    ('*', '18', NULL, 'DUPLICATE'), ('*', 'B13', NULL, 'DUPLICATE'),
    ('*', '119', NULL, 'BENEFIT_LIMIT'), ('*', '96', NULL, 'BENEFIT_LIMIT'), ('*', '151', NULL, 'BENEFIT_LIMIT'),
    ('*', '35', NULL, 'BENEFIT_LIMIT'), ('*', '204', NULL, 'BENEFIT_LIMIT'),
    ('*', '29', NULL, 'TIMELY_FILING'),
    ('*', '22', NULL, 'COORDINATION_OF_BENEFITS'), ('*', '23', NULL, 'COORDINATION_OF_BENEFITS'),
    ('*', '24', NULL, 'COORDINATION_OF_BENEFITS'), ('*', '109', 'N418', 'COORDINATION_OF_BENEFITS'),
    ('CO', '45', NULL, 'CONTRACTUAL'), ('CO', '253', NULL, 'CONTRACTUAL'), ('CO', '42', NULL, 'CONTRACTUAL'),
    ('CO', '131', NULL, 'CONTRACTUAL'), ('CO', 'A2', NULL, 'CONTRACTUAL'),
    ('*', '16', 'N54', 'MISSING_INFORMATION'), ('*', '16', 'M127', 'MISSING_INFORMATION'),
    ('*', '16', 'N290', 'CODING')
) AS v(grp, carc, rarc, category);

-- Appeal window and timely filing per payer (admin editable; defaults from configuration).
CREATE TABLE payer_policy (
    tenant_id           VARCHAR(64) NOT NULL,
    payer_id            VARCHAR(64) NOT NULL,
    appeal_window_days  INTEGER     NOT NULL,
    timely_filing_days  INTEGER     NOT NULL,
    PRIMARY KEY (tenant_id, payer_id)
);

-- Claim facts from ClaimSubmitted: appeal letters, analytics, forecast (no patient names or member ids).
CREATE TABLE claim_fact (
    tenant_id               VARCHAR(64)   NOT NULL,
    claim_id                VARCHAR(64)   NOT NULL,
    patient_control_number  VARCHAR(38)   NOT NULL,
    payer_id                VARCHAR(64)   NOT NULL,
    provider_id             VARCHAR(64),
    date_of_service         DATE,
    place_of_service        VARCHAR(4),
    prior_authorization     BOOLEAN       NOT NULL,
    lines                   JSONB         NOT NULL,
    total_charge            NUMERIC(12,2) NOT NULL,
    submitted_at            TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (tenant_id, claim_id)
);

ALTER TABLE work_item ADD COLUMN denial_date DATE;
ALTER TABLE work_item ADD COLUMN deadline DATE;
ALTER TABLE work_item ADD COLUMN priority NUMERIC(14,2) NOT NULL DEFAULT 0;
ALTER TABLE work_item ADD COLUMN assigned_to VARCHAR(64);
ALTER TABLE work_item ADD COLUMN resolution VARCHAR(32);
ALTER TABLE work_item ADD COLUMN resolved_at TIMESTAMPTZ;
ALTER TABLE work_item ADD COLUMN appeal_status VARCHAR(16);
ALTER TABLE work_item ADD COLUMN appeal_letter TEXT;
ALTER TABLE work_item ADD COLUMN write_off_reason VARCHAR(200);
ALTER TABLE work_item ALTER COLUMN status TYPE VARCHAR(24);
CREATE INDEX work_item_priority ON work_item (tenant_id, category, priority DESC);

CREATE TABLE work_item_audit (
    id            BIGSERIAL    PRIMARY KEY,
    tenant_id     VARCHAR(64)  NOT NULL,
    work_item_id  VARCHAR(64)  NOT NULL,
    action        VARCHAR(32)  NOT NULL,
    detail        VARCHAR(300),
    actor         VARCHAR(64)  NOT NULL,
    at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX work_item_audit_item ON work_item_audit (tenant_id, work_item_id);
