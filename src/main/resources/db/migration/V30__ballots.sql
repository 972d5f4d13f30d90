-- The vote on the livelihood projects (民生实事项目票决): a ballot of a year's shortlisted projects,
-- who voted (electronically or on paper), the electronic papers and the paper tally sheets.
-- A secret ballot's paper has a random id, no time and no deputy: nothing links a voter to his choices.

CREATE TABLE ballot (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    ballot_year   INT           NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    session_date  DATE          NOT NULL,
    max_choices   INT           NOT NULL,
    secret        BOOLEAN       NOT NULL,
    threshold     VARCHAR(30)   NOT NULL,
    tie_rule      VARCHAR(20)   NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    term          INT           NULL,
    eligible      INT           NULL,
    created_by    VARCHAR(50)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    opened_at     DATETIME(6)   NULL,
    closed_at     DATETIME(6)   NULL,
    published_at  DATETIME(6)   NULL,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_ballot_year ON ballot (ballot_year, id);
CREATE INDEX ix_ballot_state ON ballot (state, ballot_year, id);

CREATE TABLE ballot_candidate (
    ballot_id   BIGINT NOT NULL,
    project_id  BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, project_id),
    CONSTRAINT fk_ballot_candidate_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE,
    CONSTRAINT fk_ballot_candidate_project FOREIGN KEY (project_id) REFERENCES livelihood_project (id),
    CONSTRAINT uk_ballot_candidate_project UNIQUE (project_id)
);

CREATE TABLE ballot_tally (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    ballot_id   BIGINT        NOT NULL,
    label       VARCHAR(100)  NOT NULL,
    papers      INT           NOT NULL,
    invalid     INT           NOT NULL,
    entered_by  VARCHAR(50)   NOT NULL,
    entered_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_ballot_tally_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE
);
CREATE INDEX ix_ballot_tally_ballot ON ballot_tally (ballot_id, id);

CREATE TABLE ballot_tally_count (
    tally_id    BIGINT NOT NULL,
    project_id  BIGINT NOT NULL,
    votes       INT    NOT NULL,
    PRIMARY KEY (tally_id, project_id),
    CONSTRAINT fk_ballot_tally_count_tally FOREIGN KEY (tally_id) REFERENCES ballot_tally (id) ON DELETE CASCADE,
    CONSTRAINT fk_ballot_tally_count_project FOREIGN KEY (project_id) REFERENCES livelihood_project (id)
);

-- Who voted, through which channel: the unique key is the last word on "one vote per deputy".
CREATE TABLE ballot_voter (
    ballot_id  BIGINT       NOT NULL,
    deputy_id  BIGINT       NOT NULL,
    channel    VARCHAR(10)  NOT NULL,
    tally_id   BIGINT       NULL,
    PRIMARY KEY (ballot_id, deputy_id),
    CONSTRAINT fk_ballot_voter_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE,
    CONSTRAINT fk_ballot_voter_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id),
    CONSTRAINT fk_ballot_voter_tally FOREIGN KEY (tally_id) REFERENCES ballot_tally (id) ON DELETE CASCADE
);
CREATE INDEX ix_ballot_voter_tally ON ballot_voter (tally_id);

CREATE TABLE ballot_paper (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    ballot_id  BIGINT       NOT NULL,
    deputy_id  BIGINT       NULL,
    CONSTRAINT fk_ballot_paper_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id) ON DELETE CASCADE,
    CONSTRAINT fk_ballot_paper_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
);
CREATE INDEX ix_ballot_paper_ballot ON ballot_paper (ballot_id);

CREATE TABLE ballot_paper_choice (
    paper_id    VARCHAR(36)  NOT NULL,
    project_id  BIGINT       NOT NULL,
    PRIMARY KEY (paper_id, project_id),
    CONSTRAINT fk_ballot_paper_choice_paper FOREIGN KEY (paper_id) REFERENCES ballot_paper (id) ON DELETE CASCADE,
    CONSTRAINT fk_ballot_paper_choice_project FOREIGN KEY (project_id) REFERENCES livelihood_project (id)
);
CREATE INDEX ix_ballot_paper_choice_project ON ballot_paper_choice (project_id);
