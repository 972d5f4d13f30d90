-- Personal calendar subscriptions: calendar clients read a person's feed by a secret URL.
-- Only the SHA-256 of the secret is kept, so a leaked database does not leak the feeds.
-- active_account_id is the account while the token is active and NULL once revoked: the unique
-- key then allows one active token per account and any number of revoked ones, on H2 and MySQL.

CREATE TABLE calendar_token (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id         BIGINT      NOT NULL,
    active_account_id  BIGINT      NULL,
    token_hash         VARCHAR(64) NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    revoked_at         DATETIME(6) NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT uk_calendar_token_hash UNIQUE (token_hash),
    CONSTRAINT uk_calendar_token_active UNIQUE (active_account_id),
    CONSTRAINT fk_calendar_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_calendar_token_account ON calendar_token (account_id);
