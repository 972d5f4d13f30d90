package cn.silian.people;

import cn.silian.shared.Pinyin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a {@link DeputyFilter} into one query, so filtering and paging happen in the database. */
final class DeputySpecifications {

    private DeputySpecifications() {
    }

    static Specification<Deputy> of(DeputyFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String text = filter.text() == null ? "" : filter.text().strip();
            if (!text.isEmpty()) {
                String escaped = escape(text.toLowerCase(Locale.ROOT));
                Predicate employer = cb.like(cb.lower(root.get("employer")), "%" + escaped + "%", '\\');
                if (Pinyin.looksLikePinyin(text)) {
                    // Prefix matches use the pinyin and initials indexes.
                    String compact = escape(Pinyin.compact(text));
                    predicates.add(cb.or(
                            cb.like(root.get("namePinyin"), compact + "%", '\\'),
                            cb.like(root.get("nameInitials"), compact + "%", '\\'),
                            employer));
                } else {
                    predicates.add(cb.or(cb.like(root.get("name"), "%" + escape(text) + "%", '\\'), employer));
                }
            }
            if (filter.level() != null) {
                Subquery<Long> seat = query.subquery(Long.class);
                Root<Seat> s = seat.from(Seat.class);
                seat.select(s.get("id")).where(cb.equal(s.get("deputy"), root), cb.equal(s.get("level"), filter.level()));
                predicates.add(cb.exists(seat));
            }
            if (filter.expertise() != null) {
                predicates.add(cb.isMember(filter.expertise(), root.get("expertise")));
            }
            if (filter.streetId() != null) {
                predicates.add(cb.equal(root.get("streetId"), filter.streetId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escape(String like) {
        return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
