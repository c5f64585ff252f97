-- Control numbers per trading partner: handed out once, never reused (row lock serialises allocation).
CREATE TABLE partner_control_number (
    partner_id   VARCHAR(64) PRIMARY KEY,
    last_isa13   BIGINT      NOT NULL DEFAULT 0,
    last_gs06    BIGINT      NOT NULL DEFAULT 0,
    last_st02    BIGINT      NOT NULL DEFAULT 0
);

-- One 837P interchange: its exact bytes, their hash and its claims. Retransmissions send these bytes again.
CREATE TABLE batch (
    id                 VARCHAR(64)  PRIMARY KEY,
    tenant_id          VARCHAR(64)  NOT NULL,
    partner_id         VARCHAR(64)  NOT NULL,
    submitter_id       VARCHAR(80)  NOT NULL,
    receiver_id        VARCHAR(80)  NOT NULL,
    isa13              BIGINT       NOT NULL,
    gs06               BIGINT       NOT NULL,
    st02               VARCHAR(9)   NOT NULL,
    version            INT          NOT NULL,
    file_name          VARCHAR(120) NOT NULL,
    content            BYTEA        NOT NULL,
    sha256             VARCHAR(64)  NOT NULL,
    idempotency_key    VARCHAR(64)  NOT NULL,
    claim_count        INT          NOT NULL,
    status             VARCHAR(24)  NOT NULL,
    attempts           INT          NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMPTZ,
    last_error         VARCHAR(300),
    ack_status         VARCHAR(2),
    acked_at           TIMESTAMPTZ,
    overdue            BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ  NOT NULL,
    sent_at            TIMESTAMPTZ,
    UNIQUE (partner_id, isa13),
    UNIQUE (idempotency_key)
);
CREATE INDEX batch_status ON batch (status, next_attempt_at);
CREATE INDEX batch_tenant ON batch (tenant_id, created_at);

ALTER TABLE submission ADD COLUMN partner_id VARCHAR(64);
ALTER TABLE submission ADD COLUMN batch_id VARCHAR(64);
ALTER TABLE submission ADD COLUMN payer_claim_number VARCHAR(80);
ALTER TABLE submission ADD COLUMN status_detail VARCHAR(200);
CREATE INDEX submission_queue ON submission (status, partner_id, tenant_id, received_at);
CREATE INDEX submission_pcn ON submission (partner_id, patient_control_number);

-- Every inbound file, archived with its hash before it is parsed.
CREATE TABLE inbound_file (
    id               VARCHAR(64)  PRIMARY KEY,
    partner_id       VARCHAR(64)  NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    content          BYTEA        NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    file_type        VARCHAR(24),
    status           VARCHAR(24)  NOT NULL,
    detail           VARCHAR(500),
    received_at      TIMESTAMPTZ  NOT NULL,
    applied_at       TIMESTAMPTZ
);
CREATE INDEX inbound_file_status ON inbound_file (status, received_at);

-- ERAs applied, by payer + TRN02: the same ERA delivered twice is one payment.
CREATE TABLE remittance_seen (
    payer_id      VARCHAR(80)  NOT NULL,
    trace_number  VARCHAR(80)  NOT NULL,
    file_id       VARCHAR(64)  NOT NULL,
    applied_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (payer_id, trace_number)
);
