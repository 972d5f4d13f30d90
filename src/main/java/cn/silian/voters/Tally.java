package cn.silian.voters;

/**
 * Counts of rating sheets: 满意, 基本满意, 不满意. The satisfaction rate is
 * (满意 + 基本满意) / all sheets.
 */
public record Tally(int satisfied, int basically, int unsatisfied) {

    public static final Tally NONE = new Tally(0, 0, 0);

    public static Tally one(Rating rating) {
        return switch (rating) {
            case SATISFIED -> new Tally(1, 0, 0);
            case BASICALLY -> new Tally(0, 1, 0);
            case UNSATISFIED -> new Tally(0, 0, 1);
        };
    }

    public int total() {
        return satisfied + basically + unsatisfied;
    }

    /** The satisfaction rate in percent, one decimal; 0 without sheets. */
    public double ratePercent() {
        return total() == 0 ? 0 : Math.round((satisfied + basically) * 1000.0 / total()) / 10.0;
    }

    boolean negative() {
        return satisfied < 0 || basically < 0 || unsatisfied < 0;
    }
}
