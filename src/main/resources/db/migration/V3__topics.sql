-- Annual themes, research topics and their topic groups (分类编组), run as projects:
-- members, join requests, milestones, tasks, findings and the research report.

CREATE TABLE topic_theme (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    theme_year   INT           NOT NULL,
    title        VARCHAR(100)  NOT NULL,
    description  VARCHAR(2000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT uk_theme_year UNIQUE (theme_year)
);

CREATE TABLE topic (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic_year          INT           NOT NULL,
    title               VARCHAR(100)  NOT NULL,
    background          VARCHAR(2000) NULL,
    goals               VARCHAR(2000) NULL,
    starts_on           DATE          NOT NULL,
    ends_on             DATE          NOT NULL,
    lead_office         VARCHAR(100)  NULL,
    status              VARCHAR(20)   NOT NULL,
    proposed_by         VARCHAR(50)   NOT NULL,
    proposer_deputy_id  BIGINT        NULL,
    proposer_street_id  BIGINT        NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_topic_year ON topic (topic_year, status);
CREATE INDEX ix_topic_proposer ON topic (proposed_by);

CREATE TABLE topic_expertise (
    topic_id   BIGINT      NOT NULL,
    expertise  VARCHAR(30) NOT NULL,
    PRIMARY KEY (topic_id, expertise),
    CONSTRAINT fk_topic_expertise FOREIGN KEY (topic_id) REFERENCES topic (id) ON DELETE CASCADE
);
CREATE INDEX ix_topic_expertise ON topic_expertise (expertise, topic_id);

-- The "two ups, two downs" review of a proposed topic: every decision and its comment is kept.
CREATE TABLE topic_review (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic_id     BIGINT        NOT NULL,
    reviewer     VARCHAR(50)   NOT NULL,
    decision     VARCHAR(10)   NOT NULL,
    review_text  VARCHAR(1000) NULL,
    reviewed_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_review_topic FOREIGN KEY (topic_id) REFERENCES topic (id) ON DELETE CASCADE
);
CREATE INDEX ix_review_topic ON topic_review (topic_id, reviewed_at);

CREATE TABLE topic_group (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic_id            BIGINT         NOT NULL,
    name                VARCHAR(100)   NOT NULL,
    focus               VARCHAR(500)   NULL,
    leader_deputy_id    BIGINT         NULL,
    open_for_joining    BOOLEAN        NOT NULL,
    report              VARCHAR(10000) NULL,
    report_updated_at   DATETIME(6)    NULL,
    report_updated_by   VARCHAR(50)    NULL,
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT fk_group_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
    CONSTRAINT fk_group_leader FOREIGN KEY (leader_deputy_id) REFERENCES deputy (id) ON DELETE SET NULL
);
CREATE INDEX ix_group_topic ON topic_group (topic_id, name);

CREATE TABLE topic_group_expertise (
    group_id   BIGINT      NOT NULL,
    expertise  VARCHAR(30) NOT NULL,
    PRIMARY KEY (group_id, expertise),
    CONSTRAINT fk_group_expertise FOREIGN KEY (group_id) REFERENCES topic_group (id) ON DELETE CASCADE
);
CREATE INDEX ix_group_expertise ON topic_group_expertise (expertise, group_id);

-- A membership; rows with left_on set are the history. street_id and member_level copy the
-- person's street and highest level when he joined, so lists filter by them in the database.
-- active_key ("group:person") is set while current: one current membership per group and person.
CREATE TABLE group_member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id      BIGINT      NOT NULL,
    deputy_id     BIGINT      NOT NULL,
    street_id     BIGINT      NULL,
    member_level  VARCHAR(10) NULL,
    active_key    VARCHAR(41) NULL,
    joined_how    VARCHAR(10) NOT NULL,
    joined_on     DATE        NOT NULL,
    left_on       DATE        NULL,
    joined_by     VARCHAR(50) NOT NULL,
    left_by       VARCHAR(50) NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT uk_group_member_active UNIQUE (active_key),
    CONSTRAINT fk_member_group FOREIGN KEY (group_id) REFERENCES topic_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_member_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE
);
CREATE INDEX ix_member_group ON group_member (group_id, left_on);
CREATE INDEX ix_member_deputy ON group_member (deputy_id, left_on);
CREATE INDEX ix_member_street ON group_member (street_id, left_on, group_id);
CREATE INDEX ix_member_level ON group_member (member_level, left_on, group_id);

-- pending_key ("group:person") is set while pending: one open request per group and person.
CREATE TABLE group_join_request (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id       BIGINT       NOT NULL,
    deputy_id      BIGINT       NOT NULL,
    message        VARCHAR(500) NULL,
    status         VARCHAR(10)  NOT NULL,
    pending_key    VARCHAR(41)  NULL,
    requested_at   DATETIME(6)  NOT NULL,
    decided_by     VARCHAR(50)  NULL,
    decided_at     DATETIME(6)  NULL,
    decision_note  VARCHAR(500) NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_join_pending UNIQUE (pending_key),
    CONSTRAINT fk_join_group FOREIGN KEY (group_id) REFERENCES topic_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_join_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE
);
CREATE INDEX ix_join_group ON group_join_request (group_id, status);

CREATE TABLE group_milestone (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id  BIGINT       NOT NULL,
    title     VARCHAR(100) NOT NULL,
    due_on    DATE         NOT NULL,
    done_on   DATE         NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT fk_milestone_group FOREIGN KEY (group_id) REFERENCES topic_group (id) ON DELETE CASCADE
);
CREATE INDEX ix_milestone_group ON group_milestone (group_id, due_on);

CREATE TABLE group_task (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id            BIGINT        NOT NULL,
    milestone_id        BIGINT        NULL,
    title               VARCHAR(200)  NOT NULL,
    description         VARCHAR(2000) NULL,
    assignee_deputy_id  BIGINT        NULL,
    due_on              DATE          NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    done_on             DATE          NULL,
    created_by          VARCHAR(50)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_task_group FOREIGN KEY (group_id) REFERENCES topic_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_milestone FOREIGN KEY (milestone_id) REFERENCES group_milestone (id) ON DELETE SET NULL,
    CONSTRAINT fk_task_assignee FOREIGN KEY (assignee_deputy_id) REFERENCES deputy (id) ON DELETE SET NULL
);
CREATE INDEX ix_task_group ON group_task (group_id, due_on);
CREATE INDEX ix_task_assignee ON group_task (assignee_deputy_id, status, due_on);

-- A finding of a group; suggestion marks one turned into a draft suggestion.
CREATE TABLE group_finding (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id      BIGINT        NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    author        VARCHAR(50)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    suggestion    BOOLEAN       NOT NULL,
    suggested_at  DATETIME(6)   NULL,
    suggested_by  VARCHAR(50)   NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT fk_finding_group FOREIGN KEY (group_id) REFERENCES topic_group (id) ON DELETE CASCADE
);
CREATE INDEX ix_finding_group ON group_finding (group_id, created_at);
