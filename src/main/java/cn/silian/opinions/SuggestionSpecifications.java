package cn.silian.opinions;

import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sees which suggestions, and the list filters, as database predicates, so lists are paged
 * and counted in the database. {@link SuggestionService#isVisible} says the same for one
 * suggestion; the two must agree (the access tests check both).
 */
final class SuggestionSpecifications {

    static final EnumSet<SuggestionState> IN_HANDLING = EnumSet.of(SuggestionState.ASSIGNED, SuggestionState.HANDLING,
            SuggestionState.REHANDLING);
    private static final Pattern CODE = Pattern.compile("^(\\d{4})-(\\d{1,5})$");

    private SuggestionSpecifications() {
    }

    /**
     * Deputies: their own as lead, those they are invited to co-sign (unless declined), and
     * published ones. Street staff: submitted ones followed by their street, and published ones.
     * Units: those with an active assignment to them, nothing else (not even published ones of
     * other units). Office and administrators: all but unsubmitted drafts, which stay with the
     * deputies who write them.
     */
    static Specification<Suggestion> visibleTo(SilianUser me) {
        return (root, query, cb) -> {
            Predicate submitted = cb.isNotNull(root.get("submittedAt"));
            Predicate published = cb.isTrue(root.get("published"));
            if (me.isOfficeOrAdmin()) {
                return submitted;
            }
            if (me.is(Role.DEPUTY) && me.deputyId() != null) {
                Subquery<Long> signed = query.subquery(Long.class);
                Root<SuggestionSigner> g = signed.from(SuggestionSigner.class);
                signed.select(g.get("suggestionId")).where(cb.equal(g.get("deputyId"), me.deputyId()),
                        cb.notEqual(g.get("status"), CosignStatus.DECLINED));
                return cb.or(cb.equal(root.get("leadDeputyId"), me.deputyId()), root.get("id").in(signed), published);
            }
            if (me.is(Role.STREET_STAFF) && me.streetId() != null) {
                return cb.or(cb.and(submitted, followedBy(root, query, cb, me.streetId())), published);
            }
            if (me.is(Role.UNIT) && me.unitId() != null) {
                return assignedTo(root, query, cb, me.unitId());
            }
            return cb.disjunction();
        };
    }

    static Specification<Suggestion> filtered(SuggestionFilter f, LocalDate today, LocalDate soonUntil) {
        return (root, query, cb) -> {
            List<Predicate> and = new ArrayList<>();
            if (f == null) {
                return cb.conjunction();
            }
            if (f.state() != null) {
                and.add(cb.equal(root.get("state"), f.state()));
            }
            if (f.year() != null) {
                and.add(cb.equal(root.get("year"), f.year()));
            }
            if (f.category() != null) {
                and.add(cb.equal(root.get("category"), f.category()));
            }
            if (f.unitId() != null) {
                and.add(assignedTo(root, query, cb, f.unitId()));
            }
            if (f.level() != null) {
                and.add(cb.equal(root.get("leadLevel"), f.level()));
            }
            if (f.streetId() != null) {
                and.add(followedBy(root, query, cb, f.streetId()));
            }
            if (f.overdue()) {
                and.add(overdue(root, cb, today));
            }
            if (f.key()) {
                and.add(cb.isTrue(root.get("key")));
            }
            String text = f.text() == null ? "" : f.text().strip();
            if (!text.isEmpty()) {
                Matcher code = CODE.matcher(text);
                if (code.matches()) {
                    and.add(cb.equal(root.get("year"), Integer.parseInt(code.group(1))));
                    and.add(cb.equal(root.get("number"), Integer.parseInt(code.group(2))));
                } else {
                    String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                            .replace("_", "\\_") + "%";
                    and.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
                            cb.like(cb.lower(root.get("body")), like, '\\')));
                }
            }
            return cb.and(and.toArray(Predicate[]::new));
        };
    }

    static Specification<Suggestion> overdue(LocalDate today) {
        return (root, query, cb) -> overdue(root, cb, today);
    }

    static Specification<Suggestion> dueSoon(LocalDate today, LocalDate until) {
        return (root, query, cb) -> cb.and(root.get("state").in(IN_HANDLING),
                cb.greaterThanOrEqualTo(root.get("dueDate"), today), cb.lessThanOrEqualTo(root.get("dueDate"), until));
    }

    static Specification<Suggestion> idIn(java.util.Collection<Long> ids) {
        return (root, query, cb) -> root.get("id").in(ids);
    }

    private static Predicate overdue(Root<Suggestion> root, CriteriaBuilder cb, LocalDate today) {
        return cb.and(root.get("state").in(IN_HANDLING), cb.lessThan(root.get("dueDate"), today));
    }

    private static Predicate assignedTo(Root<Suggestion> root, CriteriaQuery<?> query, CriteriaBuilder cb, long unitId) {
        Subquery<Long> assigned = query.subquery(Long.class);
        Root<SuggestionAssignment> a = assigned.from(SuggestionAssignment.class);
        assigned.select(a.get("suggestionId")).where(cb.equal(a.get("unitId"), unitId), cb.isTrue(a.get("active")));
        return root.get("id").in(assigned);
    }

    private static Predicate followedBy(Root<Suggestion> root, CriteriaQuery<?> query, CriteriaBuilder cb, long streetId) {
        Subquery<Long> followed = query.subquery(Long.class);
        Root<Suggestion> s = followed.from(Suggestion.class);
        Join<Suggestion, Long> street = s.join("streetIds");
        followed.select(s.get("id")).where(cb.equal(street, streetId));
        return root.get("id").in(followed);
    }
}
