-- Platform tables every service has in its own schema (Flyway location db/platform).
-- The outbox keeps Debezium-compatible columns (id, aggregatetype, aggregateid, type, timestamp, payload) so a
-- CDC connector could replace the polling relay; seq orders publication.
CREATE TABLE outbox (
    seq             BIGSERIAL PRIMARY KEY,
    id              UUID        NOT NULL UNIQUE,
    aggregatetype   VARCHAR(64) NOT NULL,
    aggregateid     VARCHAR(128) NOT NULL,
    type            VARCHAR(64) NOT NULL,
    timestamp       TIMESTAMPTZ NOT NULL,
    payload         JSONB       NOT NULL,
    tenant_id       VARCHAR(64) NOT NULL,
    topic           VARCHAR(128) NOT NULL,
    schema_version  INT         NOT NULL,
    correlation_id  VARCHAR(64),
    published_at    TIMESTAMPTZ
);
CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL;

-- One row per (consumer, event) processed: written in the same transaction as the consumer's effect.
CREATE TABLE inbox (
    consumer      VARCHAR(64) NOT NULL,
    event_id      UUID        NOT NULL,
    event_type    VARCHAR(64) NOT NULL,
    tenant_id     VARCHAR(64) NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
