package cn.silian.shared;

import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Sort;
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
        return em.createQuery(IdsFirst.ids(em, type, spec, Sort.unsorted())).setMaxResults(cap + 1).getResultList().size();
    }
}
