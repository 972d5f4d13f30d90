-- Liaison stations (家站点), their rosters, reception duty and the reception log.
-- Duty and reception times are wall-clock times in Asia/Shanghai, where every station is.

CREATE TABLE station (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    street_id       BIGINT       NOT NULL,
    code            VARCHAR(20)  NOT NULL,
    kind            VARCHAR(10)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    field           VARCHAR(30)  NULL,
    address         VARCHAR(200) NOT NULL,
    community       VARCHAR(50)  NULL,
    opening_hours   VARCHAR(100) NULL,
    contact_name    VARCHAR(50)  NULL,
    contact_phone   VARCHAR(20)  NULL,
    head_deputy_id  BIGINT       NULL,
    latitude        DOUBLE       NULL,
    longitude       DOUBLE       NULL,
    active          BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_station_code UNIQUE (code),
    CONSTRAINT fk_station_street FOREIGN KEY (street_id) REFERENCES street (id),
    CONSTRAINT fk_station_head FOREIGN KEY (head_deputy_id) REFERENCES deputy (id) ON DELETE SET NULL
);
CREATE INDEX ix_station_street ON station (street_id, name);

-- A membership; rows with left_on set are the history. home_key holds the person's id while
-- this is his current home station, so the database itself allows one home station a person;
-- active_key does the same for one current membership per station and person.
CREATE TABLE roster_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    station_id  BIGINT      NOT NULL,
    deputy_id   BIGINT      NOT NULL,
    home        BOOLEAN     NOT NULL,
    home_key    BIGINT      NULL,
    active_key  VARCHAR(41) NULL,
    joined_on   DATE        NOT NULL,
    left_on     DATE        NULL,
    joined_by   VARCHAR(50) NOT NULL,
    left_by     VARCHAR(50) NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT uk_roster_home UNIQUE (home_key),
    CONSTRAINT uk_roster_active UNIQUE (active_key),
    CONSTRAINT fk_roster_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT fk_roster_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE
);
CREATE INDEX ix_roster_station ON roster_entry (station_id, left_on);
CREATE INDEX ix_roster_deputy ON roster_entry (deputy_id, left_on);

CREATE TABLE duty_plan (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    station_id    BIGINT      NOT NULL,
    from_date     DATE        NOT NULL,
    to_date       DATE        NOT NULL,
    status        VARCHAR(12) NOT NULL,
    published_at  DATETIME(6) NULL,
    published_by  VARCHAR(50) NULL,
    created_by    VARCHAR(50) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT fk_plan_station FOREIGN KEY (station_id) REFERENCES station (id)
);
CREATE INDEX ix_plan_station ON duty_plan (station_id, from_date);

CREATE TABLE duty_shift (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT      NOT NULL,
    station_id  BIGINT      NOT NULL,
    deputy_id   BIGINT      NULL,
    starts_at   DATETIME(6) NOT NULL,
    ends_at     DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT fk_shift_plan FOREIGN KEY (plan_id) REFERENCES duty_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_shift_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT fk_shift_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE SET NULL
);
CREATE INDEX ix_shift_plan ON duty_shift (plan_id, starts_at);
CREATE INDEX ix_shift_deputy ON duty_shift (deputy_id, starts_at);
CREATE INDEX ix_shift_station ON duty_shift (station_id, starts_at);

CREATE TABLE shift_swap (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    shift_id               BIGINT       NOT NULL,
    requested_by           BIGINT       NOT NULL,
    replacement_deputy_id  BIGINT       NULL,
    reason                 VARCHAR(200) NOT NULL,
    status                 VARCHAR(12)  NOT NULL,
    decided_by             VARCHAR(50)  NULL,
    decided_at             DATETIME(6)  NULL,
    created_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL,
    CONSTRAINT fk_swap_shift FOREIGN KEY (shift_id) REFERENCES duty_shift (id) ON DELETE CASCADE,
    CONSTRAINT fk_swap_requester FOREIGN KEY (requested_by) REFERENCES deputy (id) ON DELETE CASCADE,
    CONSTRAINT fk_swap_replacement FOREIGN KEY (replacement_deputy_id) REFERENCES deputy (id) ON DELETE SET NULL
);
CREATE INDEX ix_swap_shift ON shift_swap (shift_id, status);

CREATE TABLE reception (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    station_id     BIGINT        NOT NULL,
    shift_id       BIGINT        NULL,
    received_at    DATETIME(6)   NOT NULL,
    visitor_name   VARCHAR(50)   NULL,
    visitor_phone  VARCHAR(20)   NULL,
    category       VARCHAR(20)   NOT NULL,
    concern        VARCHAR(2000) NOT NULL,
    outcome        VARCHAR(2000) NULL,
    recorded_by    VARCHAR(50)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_reception_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT fk_reception_shift FOREIGN KEY (shift_id) REFERENCES duty_shift (id) ON DELETE SET NULL
);
CREATE INDEX ix_reception_station ON reception (station_id, received_at);
