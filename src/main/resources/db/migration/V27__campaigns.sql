-- Research months (集中调研月): a campaign with its theme, period and the year whose livelihood
-- projects it collects; the streets taking part with their targets, the topic groups taking part,
-- and the opinions and research visits tagged to it. livelihood_project (V28) refers to campaign.

CREATE TABLE campaign (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    theme          VARCHAR(100)  NOT NULL,
    description    VARCHAR(2000) NULL,
    campaign_year  INT           NOT NULL,
    starts_on      DATE          NOT NULL,
    ends_on        DATE          NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    summary_text   VARCHAR(4000) NULL,
    created_by     VARCHAR(50)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    opened_at      DATETIME(6)   NULL,
    closed_at      DATETIME(6)   NULL,
    closed_by      VARCHAR(50)   NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX ix_campaign_year ON campaign (campaign_year, status, starts_on, id);
CREATE INDEX ix_campaign_status ON campaign (status, starts_on, ends_on);

-- A street taking part, with its target of research visits and, optionally, of opinions.
CREATE TABLE campaign_street (
    campaign_id     BIGINT NOT NULL,
    street_id       BIGINT NOT NULL,
    visit_target    INT    NOT NULL,
    opinion_target  INT    NULL,
    PRIMARY KEY (campaign_id, street_id),
    CONSTRAINT fk_campaign_street_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_street_street FOREIGN KEY (street_id) REFERENCES street (id)
);
CREATE INDEX ix_campaign_street_street ON campaign_street (street_id, campaign_id);

CREATE TABLE campaign_group (
    campaign_id  BIGINT NOT NULL,
    group_id     BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, group_id),
    CONSTRAINT fk_campaign_group_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_group_group FOREIGN KEY (group_id) REFERENCES topic_group (id)
);

-- An opinion or a meeting (research visit, group meeting) tagged to a campaign. street_id is the
-- street it counts for (an opinion's own; a visit's as tagged), group_id a group meeting's group.
CREATE TABLE campaign_item (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT      NOT NULL,
    kind         VARCHAR(10) NOT NULL,
    item_id      BIGINT      NOT NULL,
    street_id    BIGINT      NULL,
    group_id     BIGINT      NULL,
    automatic    BOOLEAN     NOT NULL,
    tagged_by    VARCHAR(50) NOT NULL,
    tagged_at    DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT uk_campaign_item UNIQUE (campaign_id, kind, item_id),
    CONSTRAINT fk_campaign_item_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_item_street FOREIGN KEY (street_id) REFERENCES street (id)
);
CREATE INDEX ix_campaign_item_street ON campaign_item (campaign_id, kind, street_id);
CREATE INDEX ix_campaign_item_item ON campaign_item (kind, item_id);
