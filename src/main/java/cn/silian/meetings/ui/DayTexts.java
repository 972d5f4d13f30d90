package cn.silian.meetings.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How the on-the-day parts write times: wall-clock times in Asia/Shanghai, as the service keeps them. */
final class DayTexts {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DayTexts() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
