-- Performance points (履职积分): a scheme of duties per year, the ledger of points, each traced to
-- the activity it came from, and each deputy's yearly totals kept beside it so that rankings,
-- thresholds and distributions are read from one short row per deputy.

CREATE TABLE duty_scheme (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    scheme_year     INT          NOT NULL,
    talk_threshold  INT          NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_duty_scheme_year UNIQUE (scheme_year)
);

-- activity_kind is NULL for a duty the office enters by hand; points < 0 for a negative item;
-- yearly_cap bounds the absolute value of a deputy's yearly sum for the duty.
CREATE TABLE duty (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    scheme_id       BIGINT       NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    duty_group      VARCHAR(12)  NOT NULL,
    name_zh         VARCHAR(100) NOT NULL,
    name_en         VARCHAR(150) NOT NULL,
    points          INT          NOT NULL,
    yearly_cap      INT          NULL,
    activity_kind   VARCHAR(40)  NULL,
    sort_order      INT          NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT fk_duty_scheme FOREIGN KEY (scheme_id) REFERENCES duty_scheme (id) ON DELETE CASCADE,
    CONSTRAINT uq_duty_code UNIQUE (scheme_id, code),
    CONSTRAINT uq_duty_kind UNIQUE (scheme_id, activity_kind)
);

-- An earned entry names its source (source_type, source_id) and activity kind; a manual entry has
-- neither, but a reason. A withdrawn entry stays, so that its history and appeals remain.
-- adjusted_points is what an accepted appeal set; it wins over points.
CREATE TABLE ledger_entry (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    deputy_id             BIGINT       NOT NULL,
    entry_year            INT          NOT NULL,
    duty_id               BIGINT       NOT NULL,
    earned_on             DATE         NOT NULL,
    points                INT          NOT NULL,
    adjusted_points       INT          NULL,
    source_type           VARCHAR(30)  NULL,
    source_id             BIGINT       NULL,
    activity_kind         VARCHAR(40)  NULL,
    title                 VARCHAR(300) NOT NULL,
    link                  VARCHAR(200) NULL,
    reason                VARCHAR(500) NULL,
    evidence_document_id  BIGINT       NULL,
    withdrawn_at          DATETIME(6)  NULL,
    created_at            DATETIME(6)  NOT NULL,
    created_by            VARCHAR(100) NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT fk_ledger_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE,
    CONSTRAINT fk_ledger_duty FOREIGN KEY (duty_id) REFERENCES duty (id),
    CONSTRAINT uq_ledger_source UNIQUE (source_type, source_id, deputy_id, activity_kind)
);
CREATE INDEX ix_ledger_deputy_year ON ledger_entry (deputy_id, entry_year, earned_on);
CREATE INDEX ix_ledger_year_duty ON ledger_entry (entry_year, duty_id);

-- Recomputed from the ledger whenever a deputy's entries of the year change (capped per duty).
CREATE TABLE points_total (
    deputy_id       BIGINT  NOT NULL,
    total_year      INT     NOT NULL,
    street_id       BIGINT  NOT NULL,
    session_points  INT     NOT NULL,
    between_points  INT     NOT NULL,
    model_points    INT     NOT NULL,
    other_points    INT     NOT NULL,
    total_points    INT     NOT NULL,
    PRIMARY KEY (deputy_id, total_year),
    CONSTRAINT fk_points_total_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE
);
CREATE INDEX ix_points_total_rank ON points_total (total_year, total_points);
CREATE INDEX ix_points_total_street ON points_total (total_year, street_id, total_points);
