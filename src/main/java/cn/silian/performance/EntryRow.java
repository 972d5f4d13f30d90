package cn.silian.performance;

import java.time.LocalDate;

/**
 * One ledger entry as its deputy and the office see it.
 *
 * @param counted what it counts (the appeal's decision if accepted), before the duty's yearly cap
 * @param appeal  the state of its latest appeal, {@code null} if none
 */
public record EntryRow(long id, LocalDate earnedOn, String dutyName, DutyGroup group, String title, String link,
                       int points, int counted, boolean withdrawn, boolean manual, String reason,
                       AppealState appeal, String decision) {

    public boolean appealable() {
        return !withdrawn && appeal != AppealState.OPEN;
    }
}
