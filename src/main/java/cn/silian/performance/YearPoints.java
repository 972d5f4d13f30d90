package cn.silian.performance;

/** A deputy's points of a year by duty group, each duty capped, and their sum. */
public record YearPoints(long deputyId, int year, int session, int between, int model, int other, int total) {

    public static YearPoints none(long deputyId, int year) {
        return new YearPoints(deputyId, year, 0, 0, 0, 0, 0);
    }

    public int of(DutyGroup group) {
        return switch (group) {
            case SESSION -> session;
            case BETWEEN -> between;
            case MODEL -> model;
            case OTHER -> other;
        };
    }
}
