-- A payment that arrived before its claim (the 835 overtook ClaimSubmitted) is matched later, and its history rows get
-- the claim id by payment: without an index every such match read the whole posting history (found by the pipeline
-- benchmark when the gateway started queueing claims faster than remittance-service read ClaimSubmitted).
CREATE INDEX posting_history_payment ON posting_history (tenant_id, payment_id);
-- Wide rows (the 835 claim loop of each payment) that grow by one per posting: re-analysed after half the table
-- changed instead of a tenth, since ANALYZE reads a sample of whole pages each time.
ALTER TABLE payment SET (autovacuum_analyze_scale_factor = 0.5);
