CREATE TABLE work_item (
    id                          VARCHAR(64)   PRIMARY KEY,
    tenant_id                   VARCHAR(64)   NOT NULL,
    claim_id                    VARCHAR(64)   NOT NULL,
    payment_id                  VARCHAR(64)   NOT NULL,
    payer_id                    VARCHAR(64)   NOT NULL,
    payer_claim_control_number  VARCHAR(64),
    category                    VARCHAR(32)   NOT NULL,
    reason_codes                JSONB         NOT NULL,
    remark_codes                JSONB         NOT NULL,
    denied_amount               NUMERIC(12,2) NOT NULL,
    full_denial                 BOOLEAN       NOT NULL,
    status                      VARCHAR(16)   NOT NULL,
    opened_at                   TIMESTAMPTZ   NOT NULL,
    UNIQUE (tenant_id, payment_id)
);
CREATE INDEX work_item_queue ON work_item (tenant_id, category, status);
