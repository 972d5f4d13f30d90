package cn.silian.supervision;

/** A supervised project in the list: its figures as the caller may see them. */
public record ProjectRow(long id, int year, String title, String unitName, Long leadDeputyId, String leadName,
                         int percentDone, String latestMilestone, long openProblems, long overdueProblems,
                         RatingFigures rating) {

    /** The published rating, or null before publication. */
    public boolean ratingPublished() {
        return rating != null;
    }
}
