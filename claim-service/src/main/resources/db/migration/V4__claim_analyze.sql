-- A claim row is wide (parties, lines, edits) and updated three to six times in its life (999, 277CA, payment): with
-- the default, every tenth of the table changed triggered an ANALYZE that read a sample of whole pages — under load
-- one every few seconds. Half the table is plenty for the columns queries filter on (tenant, status, patient, payer).
ALTER TABLE claim SET (autovacuum_analyze_scale_factor = 0.5);
