package cn.silian.supervision;

/** A project's year-end rating: how many deputies chose each answer, and the satisfaction rate. */
public record RatingFigures(int satisfied, int basically, int unsatisfied) {

    public static final RatingFigures NONE = new RatingFigures(0, 0, 0);

    public int total() {
        return satisfied + basically + unsatisfied;
    }

    /** (满意 + 基本满意) / total, in percent with one decimal; 0 with no ratings. */
    public double ratePercent() {
        return total() == 0 ? 0 : Math.round((satisfied + basically) * 1000.0 / total()) / 10.0;
    }

    RatingFigures plus(ProjectRating r) {
        return switch (r) {
            case SATISFIED -> new RatingFigures(satisfied + 1, basically, unsatisfied);
            case BASICALLY -> new RatingFigures(satisfied, basically + 1, unsatisfied);
            case UNSATISFIED -> new RatingFigures(satisfied, basically, unsatisfied + 1);
        };
    }
}
