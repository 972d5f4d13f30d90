package cn.silian.projects;

import cn.silian.security.CurrentUser;
import cn.silian.security.SilianUser;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may vote: the active district deputies of the term now serving. Read with native queries on
 * the directory's tables, as {@code cn.silian.voters.VotersAccess} does, so that the people module
 * gains no method for one reader.
 */
@Component
class BallotAccess {

    static final String DISTRICT = "DISTRICT";
    static final String ACTIVE = "ACTIVE";

    private final CurrentUser currentUser;
    private final EntityManager em;

    BallotAccess(CurrentUser currentUser, EntityManager em) {
        this.currentUser = currentUser;
        this.em = em;
    }

    SilianUser me() {
        return currentUser.require();
    }

    /** The latest term of the district's seats: the term now serving. */
    Integer currentTerm() {
        Object max = em.createNativeQuery("SELECT MAX(term) FROM seat WHERE level = ?1").setParameter(1, DISTRICT)
                .getSingleResult();
        return max == null ? null : ((Number) max).intValue();
    }

    int eligibleCount(int term) {
        return ((Number) em.createNativeQuery("""
                        SELECT COUNT(DISTINCT d.id) FROM deputy d
                        JOIN seat s ON s.deputy_id = d.id AND s.level = ?1 AND s.term = ?2
                        WHERE d.status = ?3""")
                .setParameter(1, DISTRICT).setParameter(2, term).setParameter(3, ACTIVE).getSingleResult()).intValue();
    }

    boolean eligible(long deputyId, int term) {
        // the directory is not written while deputies vote: no need to flush the session first
        return !em.createNativeQuery("""
                        SELECT d.id FROM deputy d
                        JOIN seat s ON s.deputy_id = d.id AND s.level = ?1 AND s.term = ?2
                        WHERE d.status = ?3 AND d.id = ?4""")
                .setParameter(1, DISTRICT).setParameter(2, term).setParameter(3, ACTIVE).setParameter(4, deputyId)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).setMaxResults(1).getResultList().isEmpty();
    }

    /** The eligible deputies who have not voted on the ballot, by the pinyin of their names. */
    List<BallotVoter> notVoted(long ballotId, int term) {
        List<?> rows = em.createNativeQuery("""
                        SELECT DISTINCT d.id, d.name, d.name_pinyin FROM deputy d
                        JOIN seat s ON s.deputy_id = d.id AND s.level = ?1 AND s.term = ?2
                        WHERE d.status = ?3
                          AND NOT EXISTS (SELECT 1 FROM ballot_voter v WHERE v.ballot_id = ?4 AND v.deputy_id = d.id)
                        ORDER BY d.name_pinyin, d.id""")
                .setParameter(1, DISTRICT).setParameter(2, term).setParameter(3, ACTIVE).setParameter(4, ballotId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new BallotVoter(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
    }

    String nameOf(long deputyId) {
        List<?> rows = em.createNativeQuery("SELECT name FROM deputy WHERE id = ?1").setParameter(1, deputyId).getResultList();
        return rows.isEmpty() ? "" : (String) rows.getFirst();
    }
}
