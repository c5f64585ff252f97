-- A claim fact is upserted at every move of its claim (submitted, acknowledged, accepted, paid): re-analysed after
-- half the table changed instead of a tenth.
ALTER TABLE claim_fact SET (autovacuum_analyze_scale_factor = 0.5);
