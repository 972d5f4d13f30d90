package cn.silian.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

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

    /** A lower-case {@code like} pattern for "contains", with {@code \\} as escape character. */
    public static String contains(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
