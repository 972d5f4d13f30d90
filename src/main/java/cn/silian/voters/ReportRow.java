package cn.silian.voters;

import java.time.LocalDateTime;

/** A row of the plan's list of oral or written reports. */
public record ReportRow(long id, long deputyId, String deputyName, ReportForm form, ReportState state,
                        LocalDateTime meetingAt, String meetingPlace, Tally tally, boolean published) {
}
