-- Indexes for the lists at the province scale of DESIGN.md (100,000 people, 200,000 meetings,
-- 1,000,000 documents, 200,000 opinions, 500,000 audit lines), found by ProvinceListsBenchmark
-- and EXPLAIN on MariaDB (docs/benchmarks/province.md). Each serves a list's sort order or
-- filter, so the database reads a page in index order instead of sorting every matching row.
-- Written in the subset of SQL that H2 (MODE=MySQL) and MySQL 8 / MariaDB share.

-- A space's documents sorted by title or by folder (the library holds 50,000): without these the
-- whole space, its text column included, is sorted for each page (2.6 s). The folder index also
-- answers the folder list of a space from the index alone (2.9 s before).
CREATE INDEX ix_document_space_title ON document (space_kind, space_id, deleted_at, title, id);
CREATE INDEX ix_document_space_folder ON document (space_kind, space_id, deleted_at, folder, id);
-- The bin: the few deleted documents, not a scan of all of them.
CREATE INDEX ix_document_bin ON document (deleted_at, id);

-- The audit log filtered by object type and action, newest first (3.2 s before: it walked the
-- whole log in time order looking for matches).
CREATE INDEX ix_audit_type_time ON audit_entry (object_type, action, occurred_at);
CREATE INDEX ix_audit_action_time ON audit_entry (action, occurred_at);

-- The meeting list sorted by title or place.
CREATE INDEX ix_meeting_title ON meeting (title, id);
CREATE INDEX ix_meeting_place_sort ON meeting (place, id);

-- The opinion list: newest first (its default), or sorted by category or state.
CREATE INDEX ix_opinion_created ON opinion (created_at DESC, id);
CREATE INDEX ix_opinion_category ON opinion (category, id);
CREATE INDEX ix_opinion_state_sort ON opinion (state, id);

-- Active people, for the home page's figures: counted from the index, and the few inactive
-- ones found without a scan.
CREATE INDEX ix_deputy_status ON deputy (status, street_id);
