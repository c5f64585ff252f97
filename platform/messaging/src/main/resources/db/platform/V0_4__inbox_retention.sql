-- InboxJanitor deletes rows older than rcm.inbox.retention by processed_at. Rows arrive in processed_at order, so
-- a BRIN index finds the old ones at almost no cost per insert (a B-tree would add a second index write per event);
-- autosummarize keeps new block ranges summarized, so a purge does not have to read them.
CREATE INDEX inbox_processed ON inbox USING brin (processed_at) WITH (autosummarize = on);
