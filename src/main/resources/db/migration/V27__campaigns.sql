-- Research months (集中调研月). Contract skeleton: the campaigns helper rewrites this file, keeping
-- the table name campaign and its id column, which livelihood_project refers to.

CREATE TABLE campaign (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    theme          VARCHAR(100) NOT NULL,
    campaign_year  INT          NOT NULL,
    starts_on      DATE         NOT NULL,
    ends_on        DATE         NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    version        BIGINT       NOT NULL
);
