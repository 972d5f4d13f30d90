package cn.silian.voters;

import java.time.LocalDateTime;

/**
 * One report with what its readers need: the text (his saved text, or the draft made from his
 * year's record while he has saved none), the rating meeting and, once published, the result.
 * {@code tally} is shown to the deputy only once published.
 */
public record ReportDetails(long id, int year, long deputyId, String deputyName, ReportForm form, ReportState state,
                            String body, boolean generated, long version, Long meetingId, LocalDateTime meetingAt,
                            String meetingPlace, String invited, Tally tally, boolean published, int minRaters) {

    public boolean submitted() {
        return state == ReportState.SUBMITTED;
    }
}
