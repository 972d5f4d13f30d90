package cn.silian.performance;

import java.util.List;

/**
 * Implemented by every past-tense event that changes what deputies have done
 * ({@code AttendanceRecorded}, {@code ShiftServed}, {@code SuggestionSubmitted}…): the
 * activities its source holds now, which replace all that the source held before. An undo
 * (an attendance corrected, a shift swapped, a suggestion withdrawn) sends the source's
 * remaining activities, often none. Because an event carries the whole truth of its source,
 * handling it twice, or out of order with a replay, leaves the same ledger.
 */
public interface DutyActivitiesChanged {

    String sourceType();

    long sourceId();

    /** Every activity of the source, each with this event's source type and id. */
    List<DutyActivity> activities();
}
