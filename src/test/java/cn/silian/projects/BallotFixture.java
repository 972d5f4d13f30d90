package cn.silian.projects;

import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import jakarta.persistence.EntityManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Shortlisted projects for the ballot tests, written straight through the repository (the project
 * service is another part's), and deputies signed in by their record alone, so that a test may
 * vote as hundreds of them without creating an account for each.
 */

class BallotFixture {

    private final LivelihoodProjectRepository projects;
    private final EntityManager em;

    BallotFixture(LivelihoodProjectRepository projects, EntityManager em) {
        this.projects = projects;
        this.em = em;
    }

    List<Long> shortlisted(int year, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LivelihoodProject p = new LivelihoodProject(null, year, ProposerKind.OFFICE, null, null, "office", Instant.now());
            p.describe("Project " + year + "-" + i, "Description " + i, BigDecimal.valueOf(100L * i), null, Set.of());
            p.shortlist("test shortlist", "office", Instant.now());
            ids.add(projects.saveAndFlush(p).getId());
        }
        return ids;
    }

    ProjectState state(long projectId) {
        return projects.findById(projectId).orElseThrow().state();
    }

    /** Active district deputies of the current term, by id. */
    List<Long> eligible() {
        return ids("""
                SELECT DISTINCT d.id FROM deputy d JOIN seat s ON s.deputy_id = d.id AND s.level = 'DISTRICT'
                WHERE d.status = 'ACTIVE' AND s.term = (SELECT MAX(term) FROM seat WHERE level = 'DISTRICT') ORDER BY d.id""");
    }

    /** A street representative (议政代表) who holds no district seat. */
    long streetRepresentative() {
        return ids("""
                SELECT d.id FROM deputy d JOIN seat s ON s.deputy_id = d.id AND s.level = 'STREET'
                WHERE NOT EXISTS (SELECT 1 FROM seat o WHERE o.deputy_id = d.id AND o.level = 'DISTRICT') ORDER BY d.id""")
                .getFirst();
    }

    private List<Long> ids(String sql) {
        return em.createNativeQuery(sql).getResultList().stream().map(o -> ((Number) o).longValue()).toList();
    }

    /** Runs {@code work} signed in as the deputy of record {@code deputyId}, with the deputy's role. */
    static <T> T asDeputy(long deputyId, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SilianUser user = new SilianUser(null, "ballot-test-" + deputyId, "", true, "deputy " + deputyId, Role.DEPUTY,
                null, deputyId);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static void voteAs(BallotService ballots, long deputyId, long ballotId, Set<Long> choices) {
        asDeputy(deputyId, () -> {
            ballots.vote(ballotId, choices);
            return null;
        });
    }
}
