package cn.silian.opinions;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SuggestionContactRepository extends JpaRepository<SuggestionContact, Long> {

    List<SuggestionContact> findBySuggestionIdOrderByDateAscIdAsc(long suggestionId);

    boolean existsBySuggestionIdAndRound(long suggestionId, int round);
}
