-- The outbox is a queue: a row lives from its producer's commit until the broker acknowledged it (milliseconds under
-- load), so every index and every byte of work on its way in is paid for each event and gained back by nobody.
-- * No unique index on id: event ids are random UUIDs made by Outbox.publish, and consumers deduplicate by them in
--   their inboxes; the index cost a random B-tree insert (and its cleanup) per event. seq stays the primary key.
-- * The payload is the envelope text our own writer produced; as json it was parsed once more to validate it on every
--   insert. text keeps it byte for byte (a CDC connector reads it as a string).
-- * Rows up to 8 kB stay in the heap uncompressed: with the default threshold (2 kB) a ClaimSubmitted envelope was
--   compressed on insert and decompressed by the relay a moment later.
-- Applied out of order where a service's own migrations are newer (quarkus.flyway.out-of-order).
ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_id_key;
ALTER TABLE outbox ALTER COLUMN payload TYPE text;
ALTER TABLE outbox SET (toast_tuple_target = 8160);
