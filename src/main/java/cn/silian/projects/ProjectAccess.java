package cn.silian.projects;

import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who sees and changes which candidate projects, as one {@link Specification} for lists and
 * look-ups by id alike: the office all; a street's staff those of their street; a deputy his own
 * proposals and the published candidate list (shortlisted onwards); a unit the projects it is to
 * carry out, once shortlisted.
 */
@Component
class ProjectAccess {

    /** From the shortlist on, a project is on the candidate list every deputy reads. */
    static final Set<ProjectState> PUBLISHED = EnumSet.of(ProjectState.SHORTLISTED, ProjectState.ON_BALLOT,
            ProjectState.ADOPTED, ProjectState.NOT_ADOPTED);

    private final CurrentUser currentUser;

    ProjectAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    SilianUser me() {
        return currentUser.require();
    }

    Specification<LivelihoodProject> visibleTo(SilianUser me) {
        if (me.isOfficeOrAdmin()) {
            return (root, query, cb) -> cb.conjunction();
        }
        if (me.is(Role.STREET_STAFF)) {
            Long street = me.streetId();
            return (root, query, cb) -> street == null ? cb.disjunction() : cb.isMember(street, root.get("streetIds"));
        }
        if (me.is(Role.DEPUTY)) {
            Long deputy = me.deputyId();
            return (root, query, cb) -> deputy == null ? root.get("state").in(PUBLISHED)
                    : cb.or(cb.equal(root.get("proposerDeputyId"), deputy), root.get("state").in(PUBLISHED));
        }
        if (me.is(Role.UNIT)) {
            Long unit = me.unitId();
            return (root, query, cb) -> unit == null ? cb.disjunction()
                    : cb.and(cb.equal(root.get("unitId"), unit), root.get("state").in(PUBLISHED));
        }
        return (root, query, cb) -> cb.disjunction();
    }

    /** The office, or whoever proposed it: the deputy himself, or his street's staff. */
    boolean mayEdit(SilianUser me, LivelihoodProject p) {
        if (me.isOfficeOrAdmin()) {
            return true;
        }
        return switch (p.proposerKind()) {
            case DEPUTY -> me.is(Role.DEPUTY) && Objects.equals(me.deputyId(), p.proposerDeputyId());
            case STREET -> me.is(Role.STREET_STAFF) && Objects.equals(me.streetId(), p.proposerStreetId());
            case OFFICE -> false;
        };
    }

    boolean mayDecide(SilianUser me) {
        return me.isOfficeOrAdmin();
    }
}
