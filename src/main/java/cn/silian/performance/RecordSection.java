package cn.silian.performance;

import java.util.List;

import static cn.silian.performance.ActivityKind.*;

/**
 * The sections of a deputy's record (履职档案), in the order the archive keeps them, each with the
 * kinds of activity it lists. Every kind belongs to exactly one section.
 */
public enum RecordSection {
    MEETINGS(SESSION_ATTENDED, JOINT_MEETING_ATTENDED, STANDING_COMMITTEE_GUEST, GROUP_MEETING_ATTENDED,
            STATION_MEETING_ATTENDED),
    ABSENCES(MEETING_ABSENT_UNEXCUSED, MEETING_EXCUSED),
    SHIFTS(STATION_SHIFT_SERVED),
    RECEPTIONS(RECEPTION_LOGGED),
    OPINIONS(OPINION_COLLECTED),
    SUGGESTIONS(SUGGESTION_LED, SUGGESTION_COSIGNED, KEY_SUGGESTION, SUGGESTION_RATED),
    GROUP_WORK(GROUP_TASK_DONE, FINDING_RECORDED, GROUP_REPORT),
    RESEARCH(RESEARCH_VISIT),
    TRAINING(TRAINING_ATTENDED),
    VOTERS(VOTERS_REPORT);

    private final List<ActivityKind> kinds;

    RecordSection(ActivityKind... kinds) {
        this.kinds = List.of(kinds);
    }

    public List<ActivityKind> kinds() {
        return kinds;
    }

    public static RecordSection of(ActivityKind kind) {
        for (RecordSection s : values()) {
            if (s.kinds.contains(kind)) {
                return s;
            }
        }
        throw new IllegalArgumentException(kind.name());
    }

    public String messageKey() {
        return "record.section." + name();
    }
}
