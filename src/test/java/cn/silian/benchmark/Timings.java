package cn.silian.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Median and 95th percentile of a query after warm-up, and the table the benchmarks print. Every
 * query states what it must answer: a benchmark whose query finds nothing times nothing.
 */
final class Timings {

    /** Timed runs of each query ({@code silian.benchmark.runs}); the small-scale build needs one or two. */
    static final int RUNS = Math.max(1, Integer.getInteger("silian.benchmark.runs", 25));
    static final int WARMUP = RUNS / 5;

    private Timings() {
    }

    /** Checks the query's first answer, then times it. */
    static <T> String[] measure(String name, Supplier<T> query, Consumer<? super T> check) {
        check.accept(query.get());
        for (int i = 0; i < WARMUP; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new String[]{name, String.format(Locale.ROOT, "%.1f", millis[RUNS / 2]),
                String.format(Locale.ROOT, "%.1f", millis[(int) Math.ceil(RUNS * 0.95) - 1])};
    }

    /**
     * H2 answers a query repeated with the same parameters on unchanged tables from the previous
     * result; the figures are to show the query's own cost, so the benchmarks turn that off.
     */
    static void reuseResultsOnH2(JdbcTemplate jdbc, boolean reuse) {
        if ("H2".equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()))) {
            jdbc.execute("set optimize_reuse_results " + (reuse ? 1 : 0));
        }
    }

    static String table(List<String[]> rows, int width) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %10s %10s%n", "query", "median ms", "p95 ms"));
        rows.forEach(r -> out.append(String.format(Locale.ROOT, "%-" + width + "s %10s %10s%n", r[0], r[1], r[2])));
        return out.toString();
    }
}
