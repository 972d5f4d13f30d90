-- Supervision of adopted livelihood projects (人大督办): a snapshot of each adopted project with its
-- group (lead deputy and members), planned milestones, the department's progress reports, site
-- visits (meetings of the meetings module), problems sent to the department, and the year-end rating.

CREATE TABLE supervised_project (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id        BIGINT         NOT NULL,
    project_year      INT            NOT NULL,
    title             VARCHAR(100)   NOT NULL,
    description       VARCHAR(2000)  NOT NULL,
    unit_id           BIGINT         NULL,
    lead_deputy_id    BIGINT         NULL,
    percent_done      INT            NOT NULL,
    latest_milestone  VARCHAR(200)   NULL,
    rated_satisfied   INT            NOT NULL,
    rated_basically   INT            NOT NULL,
    rated_unsatisfied INT            NOT NULL,
    rating_published  BOOLEAN        NOT NULL,
    adopted_at        DATETIME(6)    NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT uk_supervised_project_project UNIQUE (project_id),
    CONSTRAINT fk_supervised_project_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id),
    CONSTRAINT fk_supervised_project_lead FOREIGN KEY (lead_deputy_id) REFERENCES deputy (id)
);
CREATE INDEX ix_supervised_project_year ON supervised_project (project_year, id);
CREATE INDEX ix_supervised_project_unit ON supervised_project (unit_id, project_year);

CREATE TABLE supervised_project_street (
    supervised_id  BIGINT NOT NULL,
    street_id      BIGINT NOT NULL,
    PRIMARY KEY (supervised_id, street_id),
    CONSTRAINT fk_supervised_street_project FOREIGN KEY (supervised_id) REFERENCES supervised_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_supervised_street_street FOREIGN KEY (street_id) REFERENCES street (id)
);
CREATE INDEX ix_supervised_street ON supervised_project_street (street_id, supervised_id);

CREATE TABLE supervision_member (
    supervised_id  BIGINT NOT NULL,
    deputy_id      BIGINT NOT NULL,
    PRIMARY KEY (supervised_id, deputy_id),
    CONSTRAINT fk_supervision_member_project FOREIGN KEY (supervised_id) REFERENCES supervised_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_supervision_member_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
);
CREATE INDEX ix_supervision_member_deputy ON supervision_member (deputy_id, supervised_id);

CREATE TABLE supervision_milestone (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    supervised_id  BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    due_on         DATE          NOT NULL,
    reached_on     DATE          NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_supervision_milestone_project FOREIGN KEY (supervised_id) REFERENCES supervised_project (id) ON DELETE CASCADE
);
CREATE INDEX ix_supervision_milestone_project ON supervision_milestone (supervised_id, due_on);

CREATE TABLE supervision_progress (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    supervised_id  BIGINT         NOT NULL,
    reported_on    DATE           NOT NULL,
    milestone      VARCHAR(200)   NOT NULL,
    percent_done   INT            NOT NULL,
    note           VARCHAR(2000)  NULL,
    milestone_id   BIGINT         NULL,
    reported_by    VARCHAR(50)    NOT NULL,
    reported_at    DATETIME(6)    NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT fk_supervision_progress_project FOREIGN KEY (supervised_id) REFERENCES supervised_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_supervision_progress_milestone FOREIGN KEY (milestone_id) REFERENCES supervision_milestone (id)
);
CREATE INDEX ix_supervision_progress_project ON supervision_progress (supervised_id, reported_on, id);

CREATE TABLE supervision_visit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    supervised_id  BIGINT        NOT NULL,
    meeting_id     BIGINT        NOT NULL,
    starts_at      DATETIME(6)   NOT NULL,
    place          VARCHAR(100)  NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_supervision_visit_project FOREIGN KEY (supervised_id) REFERENCES supervised_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_supervision_visit_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT uk_supervision_visit UNIQUE (supervised_id, meeting_id)
);

CREATE TABLE supervision_problem (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    supervised_id  BIGINT         NOT NULL,
    body           VARCHAR(2000)  NOT NULL,
    due_on         DATE           NOT NULL,
    state          VARCHAR(20)    NOT NULL,
    answer         VARCHAR(2000)  NULL,
    answered_by    VARCHAR(50)    NULL,
    answered_at    DATETIME(6)    NULL,
    returned       BOOLEAN        NOT NULL,
    satisfied      BOOLEAN        NULL,
    raised_by      VARCHAR(50)    NOT NULL,
    raised_at      DATETIME(6)    NOT NULL,
    closed_at      DATETIME(6)    NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT fk_supervision_problem_project FOREIGN KEY (supervised_id) REFERENCES supervised_project (id) ON DELETE CASCADE
);
CREATE INDEX ix_supervision_problem_project ON supervision_problem (supervised_id, state, due_on);

CREATE TABLE supervision_rating_round (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_year    INT          NOT NULL,
    term          INT          NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    opened_at     DATETIME(6)  NOT NULL,
    closed_at     DATETIME(6)  NULL,
    published_at  DATETIME(6)  NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_supervision_rating_round_year UNIQUE (round_year)
);

CREATE TABLE supervision_rating (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id       BIGINT       NOT NULL,
    supervised_id  BIGINT       NOT NULL,
    deputy_id      BIGINT       NOT NULL,
    rating         VARCHAR(20)  NOT NULL,
    rated_at       DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_supervision_rating_round FOREIGN KEY (round_id) REFERENCES supervision_rating_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_supervision_rating_project FOREIGN KEY (supervised_id) REFERENCES supervised_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_supervision_rating_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id),
    CONSTRAINT uk_supervision_rating UNIQUE (supervised_id, deputy_id)
);
CREATE INDEX ix_supervision_rating_round ON supervision_rating (round_id, supervised_id, rating);
