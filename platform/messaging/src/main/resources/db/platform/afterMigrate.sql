-- Runs after every migration (Flyway callback): row-level security on every tenant-owned table of this schema.
-- Within a tenant's transaction (app.tenant_id set from the verified token or the event header by
-- TenantConnectionInterceptor) a query sees and writes only that tenant's rows, whatever its SQL says.
-- Background work that serves every tenant (outbox relay, schedulers, inbound files) runs with app.tenant_id
-- unset. FORCE makes the policies apply to the table owner too; only superusers and BYPASSRLS roles skip them.
-- A row whose tenant_id is NULL is shared reference data (e.g. the default denial category rules): every tenant
-- reads it, no tenant can write one (WITH CHECK).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.table_name
        FROM information_schema.columns c
        JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND c.column_name = 'tenant_id' AND tb.table_type = 'BASE TABLE'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.table_name);
        -- recreated on every migrate so a changed policy reaches existing databases
        EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %I', t.table_name);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
            || ' USING (coalesce(current_setting(''app.tenant_id'', true), '''') = '''''
            || ' OR tenant_id = current_setting(''app.tenant_id'', true) OR tenant_id IS NULL)'
            || ' WITH CHECK (coalesce(current_setting(''app.tenant_id'', true), '''') = '''''
            || ' OR tenant_id = current_setting(''app.tenant_id'', true))', t.table_name);
    END LOOP;
END
$$;

-- Document columns (json, jsonb, bytea: claim parties and lines, coding evidence, 837P/X12 bytes, …) are never
-- filtered on, yet ANALYZE decompressed and measured every sampled value of them: under load autovacuum's analyze of
-- code_assignment, claim, payment and session cost more CPU than all vacuuming together. Statistics target 0 leaves
-- them out of ANALYZE; the columns queries filter on keep their statistics.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT cl.relname, a.attname
        FROM pg_attribute a
        JOIN pg_class cl ON cl.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace
        WHERE n.nspname = current_schema() AND cl.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND a.atttypid IN ('json'::regtype, 'jsonb'::regtype, 'bytea'::regtype)
          AND coalesce(a.attstattarget, -1) <> 0
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET STATISTICS 0', c.relname, c.attname);
    END LOOP;
END
$$;
