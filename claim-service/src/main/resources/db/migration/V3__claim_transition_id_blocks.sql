-- Claim history ids are taken in blocks of 50 by each replica (Hibernate's pooled sequence optimizer), so the rows of
-- one flush are inserted in one batch instead of one INSERT ... RETURNING round trip each.
ALTER SEQUENCE claim_transition_id_seq INCREMENT BY 50;
