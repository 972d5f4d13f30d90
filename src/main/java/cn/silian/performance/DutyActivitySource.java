package cn.silian.performance;

import java.util.List;

/**
 * A module that records deputies' activity answers, from its own tables, what its events have
 * said so far: for a replay of a year after a scheme fix, and for a deputy's record. Each
 * activity must be exactly what the source's last event carried.
 */
public interface DutyActivitySource {

    /** All activities whose date falls in the year. */
    List<DutyActivity> activitiesIn(int year);

    /** One deputy's activities whose date falls in the year. */
    List<DutyActivity> activitiesOf(long deputyId, int year);
}
