package cn.silian.opinions;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface SuggestionAssignmentRepository extends JpaRepository<SuggestionAssignment, Long> {

    List<SuggestionAssignment> findBySuggestionIdOrderById(long suggestionId);

    List<SuggestionAssignment> findBySuggestionIdInOrderById(Collection<Long> suggestionIds);

    /** A unit's open assignments: the suggestion is in handling and the assignment is active. */
    @Query("""
            select a from SuggestionAssignment a, Suggestion s
            where s.id = a.suggestionId and a.unitId = :unitId and a.active = true and s.state in :states
              and (a.lead = true or a.coOpinionAt is null)
            order by a.dueDate, a.id
            """)
    Slice<SuggestionAssignment> openOfUnit(@Param("unitId") long unitId,
                                           @Param("states") Collection<SuggestionState> states, Pageable pageable);

    /** Active assignments of suggestions in handling due on or before {@code day}, for the reminder job. */
    @Query("""
            select a from SuggestionAssignment a, Suggestion s
            where s.id = a.suggestionId and a.active = true and s.state in :states and a.dueDate <= :day
              and (a.lead = true or a.coOpinionAt is null)
            order by a.id
            """)
    List<SuggestionAssignment> dueBy(@Param("day") LocalDate day, @Param("states") Collection<SuggestionState> states);
}
