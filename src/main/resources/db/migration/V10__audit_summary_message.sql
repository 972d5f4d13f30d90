-- Audit summaries are stored as a message key and its arguments (JSON), translated for each reader.
-- Lines written before keep their text in summary and are shown as they are.
ALTER TABLE audit_entry ADD COLUMN summary_key VARCHAR(100) NULL;
ALTER TABLE audit_entry ADD COLUMN summary_args VARCHAR(2000) NULL;
ALTER TABLE audit_entry MODIFY summary VARCHAR(500) NULL;
