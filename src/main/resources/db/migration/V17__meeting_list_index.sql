-- The meeting list in start order (then id, as every list ends its order) with every column a
-- deputy's visibility and the date filters test: MeetingService.page reads a page's ids from this
-- index alone, passing over meetings he may not see without reading their rows. A list "from a
-- date" also bounds the start (a meeting lasts at most MeetingService.LONGEST, 31 days), so the
-- walk begins a month before the date, not years back. It replaces (starts_at, ends_at), whose
-- overlap look-ups (a room's, an organiser's clashes) it answers as well.
CREATE INDEX ix_meeting_list ON meeting (starts_at, id, ends_at, status, closed, organiser);
DROP INDEX ix_meeting_time ON meeting;
