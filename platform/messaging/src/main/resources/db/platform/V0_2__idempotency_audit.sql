-- Idempotency-Key of mutating REST requests, per tenant, kept 24 h.
CREATE TABLE idempotency_key (
    tenant_id        VARCHAR(64)  NOT NULL,
    key              VARCHAR(255) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    response_status  INT,
    response_body    TEXT,
    response_location VARCHAR(1024),
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key)
);

-- Append-only audit trail of every API call (reads and writes of PHI, billing actions).
CREATE TABLE audit_log (
    id              BIGSERIAL    PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    actor           VARCHAR(128) NOT NULL,
    action          VARCHAR(16)  NOT NULL,
    resource        VARCHAR(512) NOT NULL,
    outcome         INT          NOT NULL,
    correlation_id  VARCHAR(64),
    at              TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_tenant_at ON audit_log (tenant_id, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
