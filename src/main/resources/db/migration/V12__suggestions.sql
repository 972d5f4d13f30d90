-- Deputies' suggestions (代表建议) and the handling units (承办单位) that answer them: the
-- workflow from draft to closing, one row per step for the timeline, the assignments with
-- their deadlines, the units' contact log, the answers with their ratings, and the streets
-- whose staff follow a suggestion. Dates of deadlines are calendar dates in Asia/Shanghai.

CREATE TABLE handling_unit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    contact_person  VARCHAR(50)  NULL,
    contact_phone   VARCHAR(30)  NULL,
    active          BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_handling_unit_name UNIQUE (name)
);

-- A UNIT account answers for one handling unit.
ALTER TABLE account ADD COLUMN unit_id BIGINT NULL;
ALTER TABLE account ADD CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id);
CREATE INDEX ix_account_unit ON account (unit_id);

-- number is given on acceptance, per year; lead_unit_id and due_date copy the active lead
-- assignment so lists filter and sort on them without a join.
CREATE TABLE suggestion (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_year     INT           NOT NULL,
    number              INT           NULL,
    title               VARCHAR(200)  NOT NULL,
    body                VARCHAR(8000) NOT NULL,
    category            VARCHAR(20)   NOT NULL,
    lead_deputy_id      BIGINT        NOT NULL,
    lead_level          VARCHAR(10)   NULL,
    state               VARCHAR(20)   NOT NULL,
    round_no            INT           NOT NULL,
    lead_unit_id        BIGINT        NULL,
    assigned_on         DATE          NULL,
    due_date            DATE          NULL,
    key_flag            BOOLEAN       NOT NULL,
    key_leader          VARCHAR(50)   NULL,
    key_followers       VARCHAR(200)  NULL,
    published           BOOLEAN       NOT NULL,
    published_at        DATETIME(6)   NULL,
    handling_group_id   BIGINT        NULL,
    not_filed_reason    VARCHAR(1000) NULL,
    submitted_at        DATETIME(6)   NULL,
    closed_at           DATETIME(6)   NULL,
    drafted_by          VARCHAR(50)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_suggestion_number UNIQUE (suggestion_year, number),
    CONSTRAINT fk_suggestion_unit FOREIGN KEY (lead_unit_id) REFERENCES handling_unit (id)
);
CREATE INDEX ix_suggestion_state ON suggestion (state, due_date);
CREATE INDEX ix_suggestion_year ON suggestion (suggestion_year, number);
CREATE INDEX ix_suggestion_lead ON suggestion (lead_deputy_id, updated_at);
CREATE INDEX ix_suggestion_group ON suggestion (handling_group_id);
CREATE INDEX ix_suggestion_updated ON suggestion (updated_at);

-- Co-signers (附议) of any level; they count once confirmed.
CREATE TABLE suggestion_signer (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_id  BIGINT       NOT NULL,
    deputy_id      BIGINT       NOT NULL,
    member_level   VARCHAR(10)  NULL,
    street_id      BIGINT       NULL,
    status         VARCHAR(10)  NOT NULL,
    invited_at     DATETIME(6)  NOT NULL,
    answered_at    DATETIME(6)  NULL,
    CONSTRAINT uq_suggestion_signer UNIQUE (suggestion_id, deputy_id),
    CONSTRAINT fk_signer_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id) ON DELETE CASCADE
);
CREATE INDEX ix_signer_deputy ON suggestion_signer (deputy_id, status);

-- The timeline: every step, who took it in which role, for which unit when the office entered it.
CREATE TABLE suggestion_step (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_id       BIGINT        NOT NULL,
    round_no            INT           NOT NULL,
    action              VARCHAR(20)   NOT NULL,
    from_state          VARCHAR(20)   NULL,
    to_state            VARCHAR(20)   NOT NULL,
    actor               VARCHAR(50)   NOT NULL,
    actor_role          VARCHAR(20)   NOT NULL,
    on_behalf_unit_id   BIGINT        NULL,
    comment_text        VARCHAR(2000) NULL,
    taken_at            DATETIME(6)   NOT NULL,
    CONSTRAINT fk_step_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id) ON DELETE CASCADE
);
CREATE INDEX ix_step_suggestion ON suggestion_step (suggestion_id, taken_at);

-- Assignments to units: one active lead (主办) and any co-units (协办) per suggestion. A lead
-- replaced after a re-assignment stays, inactive, for the record. The reminder columns make
-- the deadline job remind once.
CREATE TABLE suggestion_assignment (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_id         BIGINT        NOT NULL,
    unit_id               BIGINT        NOT NULL,
    lead_unit             BOOLEAN       NOT NULL,
    active                BOOLEAN       NOT NULL,
    assigned_on           DATE          NOT NULL,
    due_date              DATE          NOT NULL,
    signed_at             DATETIME(6)   NULL,
    signed_by             VARCHAR(50)   NULL,
    co_opinion            VARCHAR(4000) NULL,
    co_opinion_at         DATETIME(6)   NULL,
    reassign_reason       VARCHAR(1000) NULL,
    reassign_requested_at DATETIME(6)   NULL,
    extension_due         DATE          NULL,
    extension_reason      VARCHAR(1000) NULL,
    soon_reminded_at      DATETIME(6)   NULL,
    overdue_reminded_at   DATETIME(6)   NULL,
    CONSTRAINT fk_assignment_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id)
);
CREATE INDEX ix_assignment_suggestion ON suggestion_assignment (suggestion_id);
CREATE INDEX ix_assignment_unit ON suggestion_assignment (unit_id, active, due_date);

-- The unit's contact log with the deputy (面商, 电话沟通) before answering.
CREATE TABLE suggestion_contact (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_id  BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    round_no       INT           NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    contact_date   DATE          NOT NULL,
    note           VARCHAR(2000) NULL,
    logged_by      VARCHAR(50)   NOT NULL,
    logged_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_contact_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id) ON DELETE CASCADE
);
CREATE INDEX ix_contact_suggestion ON suggestion_contact (suggestion_id, contact_date);

-- An answer per round, and the lead deputy's rating of it.
CREATE TABLE suggestion_answer (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_id     BIGINT        NOT NULL,
    round_no          INT           NOT NULL,
    unit_id           BIGINT        NOT NULL,
    category          VARCHAR(20)   NOT NULL,
    answer_text       VARCHAR(8000) NOT NULL,
    without_contact   BOOLEAN       NOT NULL,
    answered_by       VARCHAR(50)   NOT NULL,
    answered_at       DATETIME(6)   NOT NULL,
    satisfaction      VARCHAR(25)   NULL,
    rating_reason     VARCHAR(2000) NULL,
    rated_at          DATETIME(6)   NULL,
    CONSTRAINT uq_answer_round UNIQUE (suggestion_id, round_no),
    CONSTRAINT fk_answer_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id) ON DELETE CASCADE
);

-- What a suggestion grew from: opinions and group findings, by id (those modules own them).
CREATE TABLE suggestion_source (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    suggestion_id  BIGINT      NOT NULL,
    kind           VARCHAR(10) NOT NULL,
    source_id      BIGINT      NOT NULL,
    CONSTRAINT uq_suggestion_source UNIQUE (suggestion_id, kind, source_id),
    CONSTRAINT fk_source_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id) ON DELETE CASCADE
);
CREATE INDEX ix_source_ref ON suggestion_source (kind, source_id);

-- The home streets of the lead and the confirmed co-signers: whose street staff follow it.
CREATE TABLE suggestion_street (
    suggestion_id  BIGINT NOT NULL,
    street_id      BIGINT NOT NULL,
    PRIMARY KEY (suggestion_id, street_id),
    CONSTRAINT fk_sstreet_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id) ON DELETE CASCADE
);
CREATE INDEX ix_sstreet_street ON suggestion_street (street_id, suggestion_id);
