-- Candidate livelihood projects (民生实事候选项目): proposed from opinions by street committees or
-- deputies, merged, declined or shortlisted by the office, then voted on (the ballot tables follow in V30).

CREATE TABLE livelihood_project (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id         BIGINT         NULL,
    project_year        INT            NOT NULL,
    title               VARCHAR(100)   NOT NULL,
    description         VARCHAR(2000)  NOT NULL,
    estimated_cost      DECIMAL(14, 2) NULL,
    unit_id             BIGINT         NULL,
    state               VARCHAR(20)    NOT NULL,
    proposer_kind       VARCHAR(10)    NOT NULL,
    proposer_deputy_id  BIGINT         NULL,
    proposer_street_id  BIGINT         NULL,
    proposed_by         VARCHAR(50)    NOT NULL,
    proposed_at         DATETIME(6)    NOT NULL,
    merged_into         BIGINT         NULL,
    decision_reason     VARCHAR(500)   NULL,
    decided_by          VARCHAR(50)    NULL,
    decided_at          DATETIME(6)    NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT fk_livelihood_project_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_livelihood_project_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id),
    CONSTRAINT fk_livelihood_project_deputy FOREIGN KEY (proposer_deputy_id) REFERENCES deputy (id),
    CONSTRAINT fk_livelihood_project_street FOREIGN KEY (proposer_street_id) REFERENCES street (id)
);
CREATE INDEX ix_livelihood_project_year ON livelihood_project (project_year, state, id);
CREATE INDEX ix_livelihood_project_campaign ON livelihood_project (campaign_id, state);

CREATE TABLE livelihood_project_street (
    project_id  BIGINT NOT NULL,
    street_id   BIGINT NOT NULL,
    PRIMARY KEY (project_id, street_id),
    CONSTRAINT fk_livelihood_project_street_project FOREIGN KEY (project_id) REFERENCES livelihood_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_livelihood_project_street_street FOREIGN KEY (street_id) REFERENCES street (id)
);
CREATE INDEX ix_livelihood_project_street ON livelihood_project_street (street_id, project_id);

CREATE TABLE livelihood_project_opinion (
    project_id  BIGINT NOT NULL,
    opinion_id  BIGINT NOT NULL,
    PRIMARY KEY (project_id, opinion_id),
    CONSTRAINT fk_livelihood_project_opinion_project FOREIGN KEY (project_id) REFERENCES livelihood_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_livelihood_project_opinion_opinion FOREIGN KEY (opinion_id) REFERENCES opinion (id)
);
CREATE INDEX ix_livelihood_project_opinion ON livelihood_project_opinion (opinion_id);
