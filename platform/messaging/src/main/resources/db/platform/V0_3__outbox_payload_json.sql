-- The outbox payload is relayed as the text the producer wrote: json keeps that text as it is (validated, not
-- decomposed), where jsonb parsed it on insert and printed it again for the relay on every row.
-- Applied out of order where a service's own migrations are newer (quarkus.flyway.out-of-order).
ALTER TABLE outbox ALTER COLUMN payload TYPE json USING payload::json;
