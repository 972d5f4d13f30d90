package cn.silian.meetings;

import cn.silian.people.Level;

import java.util.Map;

/** Attendance per level: invited, present (on time), late, absent (with a reason or not) and not yet recorded. */
public record AttendanceFigures(Map<Level, Row> byLevel, Row total) {
    public record Row(long invited, long present, long late, long absent, long unknown) {
        Row plus(Row o) {
            return new Row(invited + o.invited, present + o.present, late + o.late, absent + o.absent, unknown + o.unknown);
        }
    }
}
