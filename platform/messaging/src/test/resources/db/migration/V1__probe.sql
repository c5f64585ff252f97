CREATE TABLE probe_note (
    id         VARCHAR(64)  PRIMARY KEY,
    tenant_id  VARCHAR(64)  NOT NULL,
    text       VARCHAR(200) NOT NULL
);
