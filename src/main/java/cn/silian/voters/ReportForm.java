package cn.silian.voters;

/** 口头述职 before the voters' representatives, or 书面述职. */
public enum ReportForm {
    ORAL, WRITTEN;

    public String messageKey() {
        return "voters.form." + name();
    }
}
