package cn.silian.topics;

/** Done work items (tasks and milestones) of all; an empty plan shows as 0 %. */
public record Progress(long done, long total) {

    public static final Progress NONE = new Progress(0, 0);

    public Progress {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("done " + done + " of " + total);
        }
    }

    public Progress plus(Progress other) {
        return new Progress(done + other.done, total + other.total);
    }

    /** Whole percent, rounded down so that 100 % means everything is done. */
    public int percent() {
        return total == 0 ? 0 : (int) (done * 100 / total);
    }

    public double fraction() {
        return total == 0 ? 0 : (double) done / total;
    }
}
