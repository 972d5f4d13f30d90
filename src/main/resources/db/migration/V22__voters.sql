-- Reports to voters (述职评议): the office's plan of a year, who reports orally and who in writing,
-- each deputy's report and, for an oral one, its rating meeting and the voters' representatives' sheets.

CREATE TABLE voters_plan (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_year     INT          NOT NULL,
    term          INT          NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    confirmed_at  DATETIME(6)  NULL,
    confirmed_by  VARCHAR(50)  NULL,
    swaps         INT          NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_voters_plan_year UNIQUE (plan_year)
);
CREATE INDEX ix_voters_plan_term ON voters_plan (term, plan_year);

CREATE TABLE voters_report (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id          BIGINT         NOT NULL,
    deputy_id        BIGINT         NOT NULL,
    form             VARCHAR(10)    NOT NULL,
    state            VARCHAR(20)    NOT NULL,
    body             VARCHAR(10000) NULL,
    submitted_at     DATETIME(6)    NULL,
    meeting_id       BIGINT         NULL,
    meeting_at       DATETIME(6)    NULL,
    meeting_place    VARCHAR(200)   NULL,
    invited          VARCHAR(500)   NULL,
    satisfied        INT            NOT NULL,
    basically        INT            NOT NULL,
    unsatisfied      INT            NOT NULL,
    published_at     DATETIME(6)    NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT fk_voters_report_plan FOREIGN KEY (plan_id) REFERENCES voters_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_voters_report_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE,
    CONSTRAINT uk_voters_report_deputy UNIQUE (plan_id, deputy_id)
);
CREATE INDEX ix_voters_report_form ON voters_report (plan_id, form, deputy_id);
CREATE INDEX ix_voters_report_deputy ON voters_report (deputy_id, form);
