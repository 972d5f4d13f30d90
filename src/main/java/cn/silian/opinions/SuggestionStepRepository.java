package cn.silian.opinions;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface SuggestionStepRepository extends JpaRepository<SuggestionStep, Long> {

    List<SuggestionStep> findBySuggestionIdOrderByTakenAtAscIdAsc(long suggestionId);

    /** Suggestion id, action and time of these suggestions' steps, each suggestion's in timeline order. */
    @Query("select t.suggestionId, t.action, t.takenAt from SuggestionStep t where t.suggestionId in :ids"
            + " order by t.suggestionId, t.takenAt, t.id")
    List<Object[]> timelinesOf(@Param("ids") Collection<Long> ids);
}
