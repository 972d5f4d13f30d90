package cn.silian.opinions;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SuggestionSignerRepository extends JpaRepository<SuggestionSigner, Long> {

    List<SuggestionSigner> findBySuggestionIdOrderByInvitedAt(long suggestionId);

    List<SuggestionSigner> findBySuggestionIdInOrderBySuggestionIdAscInvitedAtAsc(Collection<Long> suggestionIds);

    Optional<SuggestionSigner> findBySuggestionIdAndDeputyId(long suggestionId, long deputyId);

    @Query("select g.suggestionId, count(g) from SuggestionSigner g where g.status = cn.silian.opinions.CosignStatus.CONFIRMED and g.suggestionId in :ids group by g.suggestionId")
    List<Object[]> confirmedCounts(@Param("ids") Collection<Long> ids);

    @Query("select g from SuggestionSigner g where g.deputyId = :deputyId and g.status = cn.silian.opinions.CosignStatus.INVITED order by g.invitedAt desc")
    List<SuggestionSigner> pendingOf(@Param("deputyId") long deputyId);
}
