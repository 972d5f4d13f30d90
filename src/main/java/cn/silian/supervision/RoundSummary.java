package cn.silian.supervision;

import java.util.List;

/**
 * A year's rating round as its page shows it: status, how many deputies may rate and have rated,
 * and per project the figures (the office sees them as they come in, others once published).
 */
public record RoundSummary(long id, long version, int year, int term, RoundStatus status, int eligible, long raters,
                           List<Line> lines) {

    public record Line(long projectId, String title, String unitName, RatingFigures figures) {
    }
}
