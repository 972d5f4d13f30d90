package cn.silian.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;

/**
 * How many rows a specification matches, counted only up to a cap: the database stops at the
 * cap's next match instead of testing every row, which is what a filter no index can answer
 * (text anywhere in a long column) costs for an exact count.
 */
public final class CappedCount {

    private CappedCount() {
    }

    /** The number of matching rows, or {@code cap + 1} when there are more than {@code cap}. */
    public static <T> long upTo(EntityManager em, Class<T> type, Specification<T> spec, int cap) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        Predicate where = spec.toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.select(root.get("id"));
        return em.createQuery(query).setMaxResults(cap + 1).getResultList().size();
    }
}
