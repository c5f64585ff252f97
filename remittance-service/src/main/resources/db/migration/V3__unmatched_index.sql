-- Unmatched payments waiting for a claim are found by status (Payment.unmatchedFor, on every ClaimSubmitted); the
-- old partial index on claim_id IS NULL never served that query, so every submitted claim read the whole table.
DROP INDEX IF EXISTS payment_unmatched;
CREATE INDEX payment_unmatched ON payment (tenant_id, patient_control_number) WHERE status = 'UNMATCHED';
