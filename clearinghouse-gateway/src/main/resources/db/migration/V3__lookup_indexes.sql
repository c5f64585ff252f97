-- Lookups the pipeline benchmark found reading whole tables (pg_stat_user_tables in its report): a batch's claims
-- (999/277CA/835 matching, resend) and a 999's group control number.
CREATE INDEX submission_batch ON submission (batch_id);
CREATE INDEX batch_group_control ON batch (partner_id, gs06);
