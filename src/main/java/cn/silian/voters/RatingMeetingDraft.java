package cn.silian.voters;

import java.time.LocalDateTime;

/** The rating meeting of an oral report: when (Asia/Shanghai wall-clock time), where, who is invited. */
public record RatingMeetingDraft(LocalDateTime startsAt, String place, String invited) {

    public static final int PLACE_MAX = 200;
    public static final int INVITED_MAX = 500;
}
