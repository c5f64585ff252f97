-- A submission is updated four times in its life (batched, sent, acknowledged, accepted/paid): re-analysed after half
-- the table changed instead of a tenth (each ANALYZE reads a sample of whole pages, the claim documents among them).
ALTER TABLE submission SET (autovacuum_analyze_scale_factor = 0.5);
