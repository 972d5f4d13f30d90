-- A deputy's appeal (申诉) of one ledger entry and the office's decision; one open appeal per
-- entry is enforced by the service. Publication of a period's points (公布) and the talks (约谈)
-- held with deputies below the year's threshold.
CREATE TABLE ledger_appeal (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id        BIGINT        NOT NULL,
    deputy_id       BIGINT        NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    decided_points  INT           NULL,
    decision        VARCHAR(1000) NULL,
    decided_by      VARCHAR(100)  NULL,
    decided_at      DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_appeal_entry FOREIGN KEY (entry_id) REFERENCES ledger_entry (id) ON DELETE CASCADE
);
CREATE INDEX ix_appeal_state ON ledger_appeal (state, created_at);
CREATE INDEX ix_appeal_entry ON ledger_appeal (entry_id);

CREATE TABLE points_publication (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_year     INT          NOT NULL,
    quarter         INT          NOT NULL,
    published_at    DATETIME(6)  NOT NULL,
    published_by    VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_publication_period UNIQUE (period_year, quarter)
);

CREATE TABLE points_talk (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    deputy_id       BIGINT        NOT NULL,
    talk_year       INT           NOT NULL,
    held_on         DATE          NOT NULL,
    talked_by       VARCHAR(100)  NOT NULL,
    notes           VARCHAR(2000) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_talk_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE
);
CREATE INDEX ix_talk_year ON points_talk (talk_year, deputy_id);
