-- What a publication showed: each active deputy's points of the year up to the end of the
-- period, frozen when the office published them, so that a later correction or appeal does not
-- silently change figures people have already read (the next publication shows it).
CREATE TABLE points_published (
    publication_id  BIGINT  NOT NULL,
    deputy_id       BIGINT  NOT NULL,
    street_id       BIGINT  NOT NULL,
    session_points  INT     NOT NULL,
    between_points  INT     NOT NULL,
    model_points    INT     NOT NULL,
    other_points    INT     NOT NULL,
    total_points    INT     NOT NULL,
    PRIMARY KEY (publication_id, deputy_id),
    CONSTRAINT fk_published_publication FOREIGN KEY (publication_id) REFERENCES points_publication (id) ON DELETE CASCADE,
    CONSTRAINT fk_published_deputy FOREIGN KEY (deputy_id) REFERENCES deputy (id) ON DELETE CASCADE
);
CREATE INDEX ix_published_rank ON points_published (publication_id, total_points);
CREATE INDEX ix_published_street ON points_published (publication_id, street_id, total_points);
