-- The lists still over 100 ms p95 at province scale after V14 (docs/benchmarks/province.md).
-- Each list sorts by its key and then by id, so that equal keys keep one order from page to
-- page; an index ends in the id where the database must find rows in that very order, and holds
-- the columns a filter tests, so rows that do not match are passed over in the index instead of
-- being read one by one from the table. Written in the subset of SQL that H2 (MODE=MySQL) and
-- MySQL 8 / MariaDB share.

-- The directory's search (pinyin or initials prefix, or part of the name or employer) and its
-- deep pages: DeputyService.page reads a page's ids first, which this index answers alone, in
-- name order (a rare match walked the pinyin index and read every person's row to test it).
CREATE INDEX ix_deputy_search ON deputy (name_pinyin, id, name_initials, name, employer);

-- Meetings of one state within dates, in start order: the end is tested in the index, so the
-- years of meetings that ended before the dates are passed over there. Replaces (status, starts_at).
-- (An index in plain start order, (starts_at, id), made a deputy's visible meetings fast but led
-- MariaDB to walk nine years of meetings for "from today" and the home page's next two weeks,
-- 50 ms to 1.3 s: docs/benchmarks/province.md.)
CREATE INDEX ix_meeting_status_span ON meeting (status, starts_at, id, ends_at);
DROP INDEX ix_meeting_status ON meeting;
