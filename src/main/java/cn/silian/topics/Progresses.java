package cn.silian.topics;

import java.util.List;
import java.util.Map;

/** Helpers shared by the topic and group services. */
final class Progresses {

    private Progresses() {
    }

    /** Adds {@code [key, all, done]} rows into the map. */
    static void add(Map<Long, Progress> progress, List<Object[]> rows) {
        for (Object[] r : rows) {
            long all = ((Number) r[1]).longValue();
            long done = r[2] == null ? 0 : ((Number) r[2]).longValue();
            progress.merge((Long) r[0], new Progress(done, all), Progress::plus);
        }
    }

}
