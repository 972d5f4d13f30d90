package cn.silian.performance;

import java.util.List;

/**
 * The scheme a year starts from when no earlier year has one: 23 duties in the four groups the
 * seeds name. The names come from the bundles (performance.duty.CODE) in both languages and are
 * then the office's data to reword.
 */
final class DefaultScheme {

    static final int TALK_THRESHOLD = 30;

    record Item(String code, DutyGroup group, int points, Integer cap, ActivityKind kind) {
        String nameKey() {
            return "performance.duty." + code;
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item("SESSION_ATTENDED", DutyGroup.SESSION, 10, null, ActivityKind.SESSION_ATTENDED),
            new Item("SUGGESTION_LED", DutyGroup.SESSION, 5, 30, ActivityKind.SUGGESTION_LED),
            new Item("SUGGESTION_COSIGNED", DutyGroup.SESSION, 1, 10, ActivityKind.SUGGESTION_COSIGNED),
            new Item("KEY_SUGGESTION", DutyGroup.SESSION, 5, 15, ActivityKind.KEY_SUGGESTION),
            new Item("SUGGESTION_RATED", DutyGroup.SESSION, 1, 10, ActivityKind.SUGGESTION_RATED),
            new Item("SESSION_SPEECH", DutyGroup.SESSION, 2, 10, null),
            new Item("JOINT_MEETING", DutyGroup.BETWEEN, 3, null, ActivityKind.JOINT_MEETING_ATTENDED),
            new Item("STANDING_GUEST", DutyGroup.BETWEEN, 3, null, ActivityKind.STANDING_COMMITTEE_GUEST),
            new Item("GROUP_MEETING", DutyGroup.BETWEEN, 2, 20, ActivityKind.GROUP_MEETING_ATTENDED),
            new Item("STATION_MEETING", DutyGroup.BETWEEN, 1, 10, ActivityKind.STATION_MEETING_ATTENDED),
            new Item("STATION_SHIFT", DutyGroup.BETWEEN, 2, 40, ActivityKind.STATION_SHIFT_SERVED),
            new Item("RECEPTION_LOG", DutyGroup.BETWEEN, 1, 30, ActivityKind.RECEPTION_LOGGED),
            new Item("OPINION_COLLECTED", DutyGroup.BETWEEN, 1, 30, ActivityKind.OPINION_COLLECTED),
            new Item("RESEARCH_VISIT", DutyGroup.BETWEEN, 3, 30, ActivityKind.RESEARCH_VISIT),
            new Item("GROUP_TASK", DutyGroup.BETWEEN, 2, 20, ActivityKind.GROUP_TASK_DONE),
            new Item("FINDING", DutyGroup.BETWEEN, 2, 20, ActivityKind.FINDING_RECORDED),
            new Item("GROUP_REPORT", DutyGroup.BETWEEN, 5, 10, ActivityKind.GROUP_REPORT),
            new Item("VOTERS_REPORT", DutyGroup.BETWEEN, 5, 5, ActivityKind.VOTERS_REPORT),
            new Item("TRAINING", DutyGroup.MODEL, 3, 15, ActivityKind.TRAINING_ATTENDED),
            new Item("COMMENDATION", DutyGroup.MODEL, 5, 10, null),
            new Item("VOLUNTEER", DutyGroup.MODEL, 2, 10, null),
            new Item("OTHER_DUTY", DutyGroup.OTHER, 1, 10, null),
            new Item("ABSENT_WITHOUT_LEAVE", DutyGroup.OTHER, -3, null, ActivityKind.MEETING_ABSENT_UNEXCUSED));

    private DefaultScheme() {
    }
}
