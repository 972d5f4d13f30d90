package cn.silian.opinions;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SuggestionStepRepository extends JpaRepository<SuggestionStep, Long> {

    List<SuggestionStep> findBySuggestionIdOrderByTakenAtAscIdAsc(long suggestionId);
}
