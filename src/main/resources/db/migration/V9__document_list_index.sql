-- A space's list is sorted newest first (then by id), so the index ends with that order: the
-- database reads a page straight from it instead of sorting the whole space.
DROP INDEX ix_document_space ON document;
CREATE INDEX ix_document_space_updated ON document (space_kind, space_id, deleted_at, updated_at DESC, id);
-- Every node asks every half minute which documents changed lately (the search index catch-up).
CREATE INDEX ix_document_updated ON document (updated_at);
