package cn.silian.voters;

/** The deputy's text: his to edit, then submitted and read-only. */
public enum ReportState {
    DRAFT, SUBMITTED;

    public String messageKey() {
        return "voters.state." + name();
    }
}
