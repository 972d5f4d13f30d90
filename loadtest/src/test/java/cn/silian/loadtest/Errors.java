package cn.silian.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Errors by kind (http-NNN, app-error, lost-sync, session-expired, error-notification,
 * access-denied, not-found, login-view, bad-init, bad-json, sign-in-refused), counted as they
 * happen and written at the end of the run for loadtest/run. Gatling's report shows the same
 * requests as KO, with the kind in the check message.
 */
final class Errors {

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    private Errors() {
    }

    static void count(String kind) {
        COUNTS.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** One line per kind, {@code kind<TAB>count}; an empty file when nothing went wrong. */
    static void write(Path file) throws IOException {
        Map<String, Long> sorted = new TreeMap<>();
        COUNTS.forEach((k, v) -> sorted.put(k, v.sum()));
        StringBuilder out = new StringBuilder();
        sorted.forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
        Files.writeString(file, out.toString());
    }
}
