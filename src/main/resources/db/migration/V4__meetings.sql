-- Meetings: the four-level joint meeting (四级人大代表联席会), topic-group and station
-- meetings and research visits; their agenda, invitations with RSVP and attendance, minutes
-- and follow-up actions. Times are wall-clock times in Asia/Shanghai. The text columns of a
-- meeting together stay within MySQL's 64 KB row limit (4 bytes a character in utf8mb4).

CREATE TABLE meeting (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                 VARCHAR(100)   NOT NULL,
    kind                  VARCHAR(10)    NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    starts_at             DATETIME(6)    NOT NULL,
    ends_at               DATETIME(6)    NOT NULL,
    place                 VARCHAR(100)   NULL,
    place_key             VARCHAR(100)   NULL,
    station_id            BIGINT         NULL,
    group_id              BIGINT         NULL,
    online_link           VARCHAR(300)   NULL,
    description           VARCHAR(2000)  NULL,
    closed                BOOLEAN        NOT NULL,
    delegates_allowed     BOOLEAN        NOT NULL,
    cancel_reason         VARCHAR(500)   NULL,
    check_in_code         VARCHAR(6)     NOT NULL,
    minutes_text          VARCHAR(6000)  NULL,
    decisions             VARCHAR(2000)  NULL,
    minutes_published_at  DATETIME(6)    NULL,
    reminder_sent_at      DATETIME(6)    NULL,
    sequence_no           INT            NOT NULL,
    organiser             VARCHAR(50)    NOT NULL,
    created_at            DATETIME(6)    NOT NULL,
    updated_at            DATETIME(6)    NOT NULL,
    version               BIGINT         NOT NULL
);
CREATE INDEX ix_meeting_time ON meeting (starts_at, ends_at);
CREATE INDEX ix_meeting_status ON meeting (status, starts_at);
CREATE INDEX ix_meeting_place ON meeting (place_key, starts_at);
CREATE INDEX ix_meeting_organiser ON meeting (organiser, starts_at);
CREATE INDEX ix_meeting_code ON meeting (check_in_code);

CREATE TABLE agenda_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    presenter   VARCHAR(50)  NULL,
    minutes     INT          NULL,
    CONSTRAINT fk_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE INDEX ix_agenda_meeting ON agenda_item (meeting_id, position);

-- One invitation per meeting and person, with the RSVP and, on the day, the attendance.
-- street_id and member_level copy the person's street and highest level when invited, so
-- attendance is counted per level in the database.
CREATE TABLE invitation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id      BIGINT       NOT NULL,
    deputy_id       BIGINT       NOT NULL,
    street_id       BIGINT       NULL,
    member_level    VARCHAR(10)  NULL,
    invited_at      DATETIME(6)  NOT NULL,
    invited_by      VARCHAR(50)  NOT NULL,
    rsvp            VARCHAR(10)  NOT NULL,
    rsvp_reason     VARCHAR(500) NULL,
    delegate_name   VARCHAR(50)  NULL,
    rsvp_at         DATETIME(6)  NULL,
    attendance      VARCHAR(10)  NULL,
    checked_in_at   DATETIME(6)  NULL,
    checked_in_by   VARCHAR(50)  NULL,
    absence_reason  VARCHAR(500) NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_invitation UNIQUE (meeting_id, deputy_id),
    CONSTRAINT fk_invitation_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitation_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE
);
CREATE INDEX ix_invitation_deputy ON invitation (deputy_id, meeting_id);

-- A follow-up action decided in the minutes, assigned to a person.
CREATE TABLE meeting_action (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id          BIGINT       NOT NULL,
    title               VARCHAR(200) NOT NULL,
    assignee_deputy_id  BIGINT       NOT NULL,
    due_on              DATE         NULL,
    done_on             DATE         NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT fk_action_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_assignee FOREIGN KEY (assignee_deputy_id) REFERENCES deputy (id) ON DELETE CASCADE
);
CREATE INDEX ix_action_assignee ON meeting_action (assignee_deputy_id, done_on);
