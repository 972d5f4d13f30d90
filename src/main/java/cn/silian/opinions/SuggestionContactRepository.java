package cn.silian.opinions;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface SuggestionContactRepository extends JpaRepository<SuggestionContact, Long> {

    List<SuggestionContact> findBySuggestionIdOrderByDateAscIdAsc(long suggestionId);

    boolean existsBySuggestionIdAndRound(long suggestionId, int round);

    @Query("select x.suggestionId, count(x) from SuggestionContact x where x.suggestionId in :ids group by x.suggestionId")
    List<Object[]> counts(@Param("ids") Collection<Long> ids);
}
