package cn.silian.performance;

/** How many deputies have yearly points from {@code from} (inclusive) to {@code to} (exclusive). */
public record PointsBucket(int from, int to, long deputies) {
}
