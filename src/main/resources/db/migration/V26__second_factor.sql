-- The second factor (TOTP, RFC 6238) of an account: its shared secret (Base32), whether its owner
-- has confirmed it with a code, and the last time step a code was accepted for, so that no code
-- is accepted twice. One row per account; an unconfirmed row is an enrolment under way.
CREATE TABLE second_factor (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    secret          VARCHAR(64)  NOT NULL,
    confirmed       BOOLEAN      NOT NULL,
    last_used_step  BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    confirmed_at    DATETIME(6)  NULL,
    CONSTRAINT uk_second_factor_account UNIQUE (account_id),
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- Single-use recovery codes, stored as password hashes (bcrypt): a used one keeps its row with
-- the time of its use.
CREATE TABLE recovery_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL,
    account_id  BIGINT        NOT NULL,
    code_hash   VARCHAR(200)  NOT NULL,
    used_at     DATETIME(6)   NULL,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_recovery_code_account ON recovery_code (account_id, used_at);
