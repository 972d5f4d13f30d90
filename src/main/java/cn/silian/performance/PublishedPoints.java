package cn.silian.performance;

/** One deputy's line of a publication, with his rank (ties share one). */
public record PublishedPoints(long deputyId, String name, int rank, int session, int between, int model, int other,
                              int total) {
}
