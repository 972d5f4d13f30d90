-- The text found inside a document's newest version, kept for the full-text index so that the
-- index can be rebuilt from the database alone; and a meeting organiser's withdrawal of
-- internal material after the meeting.
ALTER TABLE document ADD COLUMN content_text LONGTEXT NULL;
ALTER TABLE document ADD COLUMN withdrawn_at DATETIME(6) NULL;
ALTER TABLE document ADD COLUMN withdrawn_by VARCHAR(50) NULL;
