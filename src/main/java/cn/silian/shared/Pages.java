package cn.silian.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;
import java.util.Locale;

/** What every lazy list does with the page a grid asks for, and with its search text. */
public final class Pages {

    private Pages() {
    }

    /**
     * The grid's sort, or {@code fallback} when it asks for none; the id always comes last, so
     * that rows of equal sort keys keep one order from page to page.
     */
    public static Pageable sorted(Pageable pageable, Sort fallback) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : fallback;
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                sort.getOrderFor("id") == null ? sort.and(Sort.by("id")) : sort);
    }

    /**
     * One page of a specification's rows without the count query a {@code Page} would run (the
     * lists ask for their count separately), or all of them, sorted, for a request of everything:
     * unpaged, or a grid asking for {@code Integer.MAX_VALUE} rows, one more than which (the
     * slice's look-ahead row) would overflow.
     */
    public static <T> Slice<T> slice(JpaSpecificationExecutor<T> repository, Specification<T> spec, Pageable pageable) {
        if (pageable.isUnpaged() || pageable.getPageSize() == Integer.MAX_VALUE) {
            return pageable.isPaged() && pageable.getPageNumber() > 0 ? new SliceImpl<>(List.of(), pageable, false)
                    : new SliceImpl<>(repository.findAll(spec, pageable.getSort()), pageable, false);
        }
        return repository.findBy(spec, q -> q.slice(pageable));
    }

    /** A lower-case {@code like} pattern for "contains", with {@code \\} as escape character. */
    public static String contains(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
