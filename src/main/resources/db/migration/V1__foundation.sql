-- Silian foundation: streets, people (deputies and their seats), accounts, audit trail.
-- Written in the subset of SQL that H2 (MODE=MySQL) and MySQL 8 / MariaDB share.

CREATE TABLE street (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_street_code UNIQUE (code),
    CONSTRAINT uk_street_name UNIQUE (name)
);

CREATE TABLE deputy (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(50)  NOT NULL,
    name_pinyin    VARCHAR(200) NOT NULL,
    name_initials  VARCHAR(50)  NOT NULL,
    gender         VARCHAR(10)  NOT NULL,
    birth_year     INT          NULL,
    employer       VARCHAR(100) NULL,
    post           VARCHAR(100) NULL,
    street_id      BIGINT       NOT NULL,
    community      VARCHAR(50)  NULL,
    phone          VARCHAR(20)  NULL,
    status         VARCHAR(20)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_deputy_street FOREIGN KEY (street_id) REFERENCES street (id)
);
CREATE INDEX ix_deputy_pinyin ON deputy (name_pinyin);
CREATE INDEX ix_deputy_initials ON deputy (name_initials);
CREATE INDEX ix_deputy_name ON deputy (name);
CREATE INDEX ix_deputy_street ON deputy (street_id, name_pinyin);

CREATE TABLE seat (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    deputy_id     BIGINT       NOT NULL,
    level         VARCHAR(20)  NOT NULL,
    term          INT          NOT NULL,
    constituency  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_seat_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE,
    CONSTRAINT uk_seat_level UNIQUE (deputy_id, level)
);
CREATE INDEX ix_seat_level ON seat (level, deputy_id);

CREATE TABLE deputy_expertise (
    deputy_id  BIGINT      NOT NULL,
    expertise  VARCHAR(30) NOT NULL,
    PRIMARY KEY (deputy_id, expertise),
    CONSTRAINT fk_expertise_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE
);
CREATE INDEX ix_expertise ON deputy_expertise (expertise, deputy_id);

CREATE TABLE account (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(50)  NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    display_name   VARCHAR(50)  NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    street_id      BIGINT       NULL,
    deputy_id      BIGINT       NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT fk_account_street FOREIGN KEY (street_id) REFERENCES street (id),
    CONSTRAINT fk_account_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id)
);

CREATE TABLE audit_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)   NOT NULL,
    actor         VARCHAR(50)   NOT NULL,
    action        VARCHAR(20)   NOT NULL,
    object_type   VARCHAR(40)   NOT NULL,
    object_id     VARCHAR(40)   NULL,
    summary       VARCHAR(500)  NOT NULL,
    before_state  VARCHAR(4000) NULL,
    after_state   VARCHAR(4000) NULL
);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_object ON audit_entry (object_type, object_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
