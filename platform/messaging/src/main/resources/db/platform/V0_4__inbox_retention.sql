-- InboxJanitor deletes rows older than rcm.inbox.retention by processed_at. Rows arrive in processed_at order, so
-- a BRIN index finds the old ones at almost no cost per insert (a B-tree would add a second index write per event).
CREATE INDEX inbox_processed ON inbox USING brin (processed_at);
