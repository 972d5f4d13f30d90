package cn.silian.voters.ui;

import cn.silian.voters.Tally;
import com.vaadin.flow.component.Component;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How the views of this module write a meeting's time and a result. */
final class VotersTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private VotersTexts() {
    }

    static String when(LocalDateTime at) {
        return at == null ? "" : WHEN.format(at);
    }

    static String meeting(Component c, LocalDateTime at, String place) {
        return at == null ? c.getTranslation("voters.meeting.none")
                : c.getTranslation("voters.meeting.at", when(at), place == null ? "" : place);
    }

    static String result(Component c, Tally t) {
        return c.getTranslation("voters.result.line", t.satisfied(), t.basically(), t.unsatisfied(), t.total(),
                t.ratePercent());
    }
}
