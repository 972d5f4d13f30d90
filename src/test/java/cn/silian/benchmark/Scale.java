package cn.silian.benchmark;

/**
 * How big the benchmarks' province is: DESIGN.md's figures times {@code silian.benchmark.scale}
 * (default 1, the full province). The ordinary build runs every benchmark once at a small scale,
 * so that a benchmark that no longer seeds or queries what it should fails the build;
 * {@code -Pbenchmark} runs them at full scale for the figures.
 */
final class Scale {

    static final double FACTOR = Double.parseDouble(System.getProperty("silian.benchmark.scale", "1"));

    private Scale() {
    }

    /** This many of a thing the full province has {@code full} of; never none. */
    static int of(int full) {
        return (int) Math.max(1, Math.round(full * FACTOR));
    }
}
