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

    /** A deputy's open co-sign invitations with their suggestions, {@code [signer, suggestion]}, newest first. */
    @Query("select g, s from SuggestionSigner g, Suggestion s where s.id = g.suggestionId and g.deputyId = :deputyId"
            + " and g.status = cn.silian.opinions.CosignStatus.INVITED order by g.invitedAt desc")
    List<Object[]> pendingWithSuggestionOf(@Param("deputyId") long deputyId);
}
