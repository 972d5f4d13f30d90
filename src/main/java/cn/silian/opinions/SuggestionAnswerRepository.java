package cn.silian.opinions;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SuggestionAnswerRepository extends JpaRepository<SuggestionAnswer, Long> {

    List<SuggestionAnswer> findBySuggestionIdOrderByRound(long suggestionId);

    List<SuggestionAnswer> findBySuggestionIdInOrderBySuggestionIdAscRoundAsc(Collection<Long> suggestionIds);

    Optional<SuggestionAnswer> findBySuggestionIdAndRound(long suggestionId, int round);
}
