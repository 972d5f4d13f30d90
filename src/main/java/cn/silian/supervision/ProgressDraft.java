package cn.silian.supervision;

import java.time.LocalDate;

/** A progress report as entered: its date, milestone text, percent done, note, and a planned milestone it reaches. */
public record ProgressDraft(LocalDate reportedOn, String milestone, Integer percent, String note, Long milestoneId) {

    public static final int MILESTONE_MAX = 200;
    public static final int NOTE_MAX = 2000;
}
