package cn.silian.supervision;

import java.util.List;

/** A deputy's rating sheet of a year: whether he may rate, the round's status, each project with his rating so far. */
public record RatingSheet(int year, RoundStatus status, boolean eligible, List<Line> lines) {

    public record Line(long projectId, String title, String unitName, int percentDone, ProjectRating mine) {
    }
}
