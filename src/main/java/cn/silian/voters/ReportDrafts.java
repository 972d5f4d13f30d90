package cn.silian.voters;

import cn.silian.performance.DutyPoints;
import cn.silian.performance.PointsQuery;
import cn.silian.shared.Message;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first draft of a deputy's report, written from his year's record in his language: each
 * duty he did with how often, his points, and a line asking for his own words.
 */
@Component
class ReportDrafts {

    private final PointsQuery points;

    ReportDrafts(PointsQuery points) {
        this.points = points;
    }

    String draft(long deputyId, int year, Locale locale) {
        return write(year, points.byDuty(deputyId, year, locale), locale);
    }

    /** The text itself, from the duties' figures: a plain function for tests. */
    static String write(int year, List<DutyPoints> duties, Locale locale) {
        List<String> items = new ArrayList<>();
        int total = 0;
        for (DutyPoints d : duties) {
            if (d.entries() > 0) {
                items.add(Message.of("voters.draft.item", d.name(), d.entries()).translate(locale));
                total += d.counted();
            }
        }
        StringBuilder text = new StringBuilder();
        if (items.isEmpty()) {
            text.append(Message.of("voters.draft.nothing", year).translate(locale));
        } else {
            text.append(Message.of("voters.draft.intro", year,
                    String.join(Message.of("voters.draft.separator").translate(locale), items)).translate(locale));
            text.append("\n\n").append(Message.of("voters.draft.points", total).translate(locale));
        }
        text.append("\n\n").append(Message.of("voters.draft.closing").translate(locale));
        return text.toString();
    }
}
