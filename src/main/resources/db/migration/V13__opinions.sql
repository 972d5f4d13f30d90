-- Public opinions (社情民意): what the public said, from a station's log, a research visit, a
-- group finding, the public intake form, or recorded directly; and how it was closed.
-- handling_unit and suggestion belong to V12 (helper "core"): their ids are kept here without
-- foreign keys, so the opinion rows never block reference-data or workflow changes.

CREATE TABLE opinion (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    content             VARCHAR(2000) NOT NULL,
    category            VARCHAR(20)   NOT NULL,
    street_id           BIGINT        NOT NULL,
    community           VARCHAR(50)   NULL,
    station_id          BIGINT        NULL,
    source              VARCHAR(12)   NOT NULL,
    source_id           BIGINT        NULL,
    -- The app route that shows the source (a station, a meeting, a group), fixed when recorded.
    source_route        VARCHAR(100)  NULL,
    heard_by            BIGINT        NULL,
    recorded_by         VARCHAR(50)   NOT NULL,
    contact_name        VARCHAR(50)   NULL,
    contact_phone       VARCHAR(20)   NULL,
    state               VARCHAR(20)   NOT NULL,
    merged_into         BIGINT        NULL,
    resolution          VARCHAR(2000) NULL,
    forwarded_unit_id   BIGINT        NULL,
    forwarded_at        DATETIME(6)   NULL,
    forwarded_by        VARCHAR(50)   NULL,
    unit_answer         VARCHAR(2000) NULL,
    unit_answered_at    DATETIME(6)   NULL,
    unit_answered_by    VARCHAR(50)   NULL,
    answered_for_unit   BOOLEAN       NOT NULL,
    suggestion_id       BIGINT        NULL,
    receipt_code        VARCHAR(10)   NULL,
    public_answer       VARCHAR(2000) NULL,
    client_hash         VARCHAR(64)   NULL,
    closed_at           DATETIME(6)   NULL,
    closed_by           VARCHAR(50)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_opinion_receipt UNIQUE (receipt_code),
    CONSTRAINT fk_opinion_street FOREIGN KEY (street_id) REFERENCES street (id),
    CONSTRAINT fk_opinion_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT fk_opinion_heard_by FOREIGN KEY (heard_by) REFERENCES deputy (id) ON DELETE SET NULL,
    CONSTRAINT fk_opinion_merged FOREIGN KEY (merged_into) REFERENCES opinion (id)
);
CREATE INDEX ix_opinion_street ON opinion (street_id, created_at);
CREATE INDEX ix_opinion_state ON opinion (state, created_at);
CREATE INDEX ix_opinion_unit ON opinion (forwarded_unit_id, state);
CREATE INDEX ix_opinion_source ON opinion (source, source_id);
CREATE INDEX ix_opinion_merged ON opinion (merged_into);
CREATE INDEX ix_opinion_suggestion ON opinion (suggestion_id);
-- The public intake's limits count recent rows per client and per station.
CREATE INDEX ix_opinion_client ON opinion (client_hash, created_at);
CREATE INDEX ix_opinion_station ON opinion (station_id, source, created_at);

-- Receipt look-ups of the public status page, counted per client so that codes cannot be
-- guessed in bulk, on any number of nodes. Old rows are pruned as new ones come.
CREATE TABLE opinion_lookup (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_hash  VARCHAR(64) NOT NULL,
    looked_at    DATETIME(6) NOT NULL
);
CREATE INDEX ix_opinion_lookup ON opinion_lookup (client_hash, looked_at);

-- A finding turned into a suggestion now points at the real suggestion (topics keeps the mark).
ALTER TABLE group_finding ADD COLUMN suggestion_id BIGINT NULL;
