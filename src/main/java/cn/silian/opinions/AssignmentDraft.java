package cn.silian.opinions;

import java.time.LocalDate;
import java.util.List;

/**
 * The office's assignment (交办): one lead unit, optional co-units, the day it was assigned
 * ({@code null}: today; earlier days record a paper assignment, but never so early that the
 * due date has passed), and a comment for the units.
 */
public record AssignmentDraft(Long leadUnitId, List<Long> coUnitIds, LocalDate assignedOn, String comment) {
    public AssignmentDraft {
        coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
    }
}
