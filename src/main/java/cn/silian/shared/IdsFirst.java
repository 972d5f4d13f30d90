package cn.silian.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.query.QueryUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A page of a list fetched in two steps: first the ids of the page's rows, in the list's order,
 * then those rows by id. The first step reads only the columns of the filter and the sort, which
 * an index can hold in full, so the database walks that index without fetching a table row for
 * each entry it passes: a deep page (the offset's rows are skipped in the index) or a rare match
 * found in sort order (every entry before it is tested in the index) costs index reads, not
 * random row reads. A request for everything (no page to cut from an index) goes to
 * {@link Pages#slice} instead, so callers need not tell the two apart.
 */
public final class IdsFirst {

    private IdsFirst() {
    }

    /** @param id a row's id */
    public static <T, R extends JpaRepository<T, Long> & JpaSpecificationExecutor<T>> Slice<T> slice(
            EntityManager em, Class<T> type, R repository, Specification<T> spec, Pageable pageable, Function<T, Long> id) {
        if (pageable.isUnpaged() || pageable.getPageSize() == Integer.MAX_VALUE) {
            return Pages.slice(repository, spec, pageable);
        }
        List<Long> ids = em.createQuery(ids(em, type, spec, pageable.getSort()))
                .setFirstResult(Math.toIntExact(pageable.getOffset()))
                .setMaxResults(pageable.getPageSize() + 1)
                .getResultList();
        boolean more = ids.size() > pageable.getPageSize();
        List<Long> page = more ? ids.subList(0, pageable.getPageSize()) : ids;
        Map<Long, T> byId = new HashMap<>();
        if (!page.isEmpty()) {
            for (T row : repository.findAllById(page)) {
                byId.put(id.apply(row), row);
            }
        }
        List<T> rows = new ArrayList<>(page.size());
        for (Long key : page) {
            T row = byId.get(key);
            // a row deleted between the two steps is left out rather than shown empty
            if (row != null) {
                rows.add(row);
            }
        }
        return new SliceImpl<>(rows, pageable, more);
    }

    /** The ids of the rows a specification matches, in the given order. */
    static <T> CriteriaQuery<Long> ids(EntityManager em, Class<T> type, Specification<T> spec, Sort sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        Predicate where = spec.toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        return query.select(root.get("id")).orderBy(QueryUtils.toOrders(sort, root, cb));
    }
}
