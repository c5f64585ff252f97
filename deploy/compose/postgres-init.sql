-- PostgreSQL for docker-compose.yml: one database (rcm), one schema per service, two roles per schema.
--
--   <schema>_migrator  owns the schema. Flyway logs in as it (QUARKUS_FLYWAY_USERNAME/PASSWORD) and runs the
--                      DDL of db/platform and db/migration at start-up.
--   <schema>_app       the service's runtime login (QUARKUS_DATASOURCE_USERNAME/PASSWORD): it may read and
--                      write rows of its own schema and use its sequences, nothing else: no DDL, no other schema.
--
-- Tables Flyway creates later are granted to the app role through ALTER DEFAULT PRIVILEGES FOR ROLE <migrator>.
-- The passwords below are development values for the local compose stack only; on Kubernetes the roles are
-- made by your database operator / DBA and the passwords come from Secrets (docs/deploy.md).
-- Runs once, as the superuser, from /docker-entrypoint-initdb.d on the first start of an empty volume.

REVOKE ALL ON SCHEMA public FROM PUBLIC;
DO $$ BEGIN EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()); END $$;

CREATE ROLE coding_migrator LOGIN PASSWORD 'dev-coding-migrator';
CREATE ROLE coding_app LOGIN PASSWORD 'dev-coding-app';
CREATE SCHEMA coding AUTHORIZATION coding_migrator;

CREATE ROLE eligibility_migrator LOGIN PASSWORD 'dev-eligibility-migrator';
CREATE ROLE eligibility_app LOGIN PASSWORD 'dev-eligibility-app';
CREATE SCHEMA eligibility AUTHORIZATION eligibility_migrator;

CREATE ROLE claim_migrator LOGIN PASSWORD 'dev-claim-migrator';
CREATE ROLE claim_app LOGIN PASSWORD 'dev-claim-app';
CREATE SCHEMA claim AUTHORIZATION claim_migrator;

CREATE ROLE gateway_migrator LOGIN PASSWORD 'dev-gateway-migrator';
CREATE ROLE gateway_app LOGIN PASSWORD 'dev-gateway-app';
CREATE SCHEMA gateway AUTHORIZATION gateway_migrator;

CREATE ROLE remittance_migrator LOGIN PASSWORD 'dev-remittance-migrator';
CREATE ROLE remittance_app LOGIN PASSWORD 'dev-remittance-app';
CREATE SCHEMA remittance AUTHORIZATION remittance_migrator;

CREATE ROLE denial_migrator LOGIN PASSWORD 'dev-denial-migrator';
CREATE ROLE denial_app LOGIN PASSWORD 'dev-denial-app';
CREATE SCHEMA denial AUTHORIZATION denial_migrator;

-- the same grants for every schema
DO $$
DECLARE
    s text;
BEGIN
    FOREACH s IN ARRAY ARRAY['coding', 'eligibility', 'claim', 'gateway', 'remittance', 'denial'] LOOP
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), s || '_migrator', s || '_app');
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, s || '_app');
        EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I'
                || ' GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', s || '_migrator', s, s || '_app');
        EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I'
                || ' GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', s || '_migrator', s, s || '_app');
        EXECUTE format('ALTER ROLE %I SET search_path = %I', s || '_app', s);
        EXECUTE format('ALTER ROLE %I SET search_path = %I', s || '_migrator', s);
    END LOOP;
END $$;
