CREATE TABLE session (
    id                     VARCHAR(64)  PRIMARY KEY,
    tenant_id              VARCHAR(64)  NOT NULL,
    practice_id            VARCHAR(64)  NOT NULL,
    rendering_provider_id  VARCHAR(64)  NOT NULL,
    patient_id             VARCHAR(64)  NOT NULL,
    payer_id               VARCHAR(64)  NOT NULL,
    date_of_service        DATE         NOT NULL,
    start_time             TIME,
    end_time               TIME,
    minutes                INT,
    modality               VARCHAR(16)  NOT NULL,
    patient_location       VARCHAR(16)  NOT NULL,
    service_type           VARCHAR(32)  NOT NULL,
    patient_present        BOOLEAN      NOT NULL,
    family_present         BOOLEAN      NOT NULL,
    group_size             INT          NOT NULL,
    interpreter            BOOLEAN      NOT NULL,
    diagnoses              JSONB        NOT NULL,
    narrative              TEXT,
    status                 VARCHAR(16)  NOT NULL,
    documented_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX session_tenant ON session (tenant_id, date_of_service);

CREATE TABLE code_assignment (
    session_id       VARCHAR(64)  PRIMARY KEY REFERENCES session (id),
    tenant_id        VARCHAR(64)  NOT NULL,
    revision         INT          NOT NULL,
    place_of_service VARCHAR(2)   NOT NULL,
    diagnoses        JSONB        NOT NULL,
    lines            JSONB        NOT NULL,
    flags            JSONB        NOT NULL,
    reviewed_by      VARCHAR(128),
    assigned_at      TIMESTAMPTZ  NOT NULL
);
