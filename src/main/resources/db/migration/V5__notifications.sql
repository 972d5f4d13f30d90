-- The in-app inbox and its e-mails. A notice is stored as a message key and its arguments,
-- not as text, so that each reader sees it in his own language.

CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT        NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    -- The arguments as a JSON array of strings.
    args         VARCHAR(4000) NOT NULL,
    link         VARCHAR(300)  NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    -- NONE: no e-mail wanted when it was written; PENDING: to be e-mailed; SENT: e-mailed at emailed_at.
    mail_state   VARCHAR(10)   NOT NULL,
    emailed_at   DATETIME(6)   NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_notification_inbox ON notification (account_id, created_at);
CREATE INDEX ix_notification_unread ON notification (account_id, read_at);
CREATE INDEX ix_notification_mail ON notification (mail_state, account_id);

CREATE TABLE notification_setting (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    email       VARCHAR(254) NULL,
    delivery    VARCHAR(15)  NOT NULL,
    language    VARCHAR(10)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_notification_setting_account UNIQUE (account_id),
    CONSTRAINT fk_notification_setting_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
