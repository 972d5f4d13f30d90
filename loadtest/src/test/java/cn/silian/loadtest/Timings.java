package cn.silian.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every response time by request name, with the moment it ended, so that loadtest/run can
 * print p50/p95/p99 per request and overall for the steady window alone (after the ramp).
 * Gatling's own report covers the whole run, ramp included; its figures are in its HTML.
 */
final class Timings {

    private record Sample(long endedAt, int millis) {
    }

    private static final Map<String, List<Sample>> SAMPLES = new ConcurrentHashMap<>();

    private Timings() {
    }

    static int record(String name, int millis) {
        List<Sample> list = SAMPLES.computeIfAbsent(name, k -> new ArrayList<>());
        synchronized (list) {
            list.add(new Sample(System.currentTimeMillis(), millis));
        }
        return millis;
    }

    /**
     * Writes one line per request name, {@code name<TAB>count<TAB>p50<TAB>p95<TAB>p99<TAB>max} in
     * milliseconds, for the samples that ended in [from, to), then the line {@code _all} over all
     * of them: plain text, so that the runner reads it with awk.
     */
    static void write(Path file, long from, long to) throws IOException {
        Map<String, int[]> byName = new TreeMap<>();
        List<Integer> all = new ArrayList<>();
        SAMPLES.forEach((name, list) -> {
            int[] values;
            synchronized (list) {
                values = list.stream().filter(s -> s.endedAt >= from && s.endedAt < to).mapToInt(Sample::millis).toArray();
            }
            if (values.length > 0) {
                byName.put(name, values);
                for (int v : values) {
                    all.add(v);
                }
            }
        });
        StringBuilder out = new StringBuilder();
        byName.forEach((name, values) -> line(out, name, values));
        line(out, "_all", all.stream().mapToInt(Integer::intValue).toArray());
        Files.writeString(file, out.toString());
    }

    private static void line(StringBuilder out, String name, int[] values) {
        Arrays.sort(values);
        out.append(name).append('\t').append(values.length).append('\t').append(percentile(values, 50)).append('\t')
                .append(percentile(values, 95)).append('\t').append(percentile(values, 99)).append('\t')
                .append(values.length == 0 ? 0 : values[values.length - 1]).append('\n');
    }

    private static int percentile(int[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
