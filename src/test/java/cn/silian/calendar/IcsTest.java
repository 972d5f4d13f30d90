package cn.silian.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcsTest {

    private static final String BASE = "https://silian.example.cn/";
    private static final Instant START = Instant.parse("2026-11-24T01:00:00Z");
    private static final Instant END = Instant.parse("2026-11-24T03:30:00Z");

    private final CalendarEntry meeting = new CalendarEntry("meeting-12@silian", CalendarEntry.Kind.MEETING,
            "四级人大代表联席会：议题一, 议题二; 第三项", START, END, "区人大常委会三楼会议室，东楼",
            "第一行\n第二行; 含逗号, 和反斜杠 \\ 结束", "meetings/12", false, 3);
    private final CalendarEntry cancelled = new CalendarEntry("duty-7@silian", CalendarEntry.Kind.DUTY,
            "城关街道代表联络站", START.plusSeconds(86_400), END.plusSeconds(86_400), "城关路 1 号", null, "my-duty", true, 1);

    @Test
    void aCalendarParsesAndRoundTripsEveryField() throws Exception {
        String ics = Ics.calendar("四联 · 陈志强", List.of(meeting, cancelled), BASE);
        Calendar parsed = parse(ics);

        assertThat(parsed.getProperty(Property.PRODID)).hasValueSatisfying(p -> assertThat(p.getValue()).isEqualTo(Ics.PRODID));
        assertThat(parsed.getProperty(Property.VERSION)).hasValueSatisfying(p -> assertThat(p.getValue()).isEqualTo("2.0"));
        assertThat(parsed.getProperty(Property.METHOD)).hasValueSatisfying(p -> assertThat(p.getValue()).isEqualTo("PUBLISH"));
        assertThat(parsed.getProperty("X-WR-CALNAME")).hasValueSatisfying(p -> assertThat(p.getValue()).isEqualTo("四联 · 陈志强"));
        assertThat(parsed.getProperty("X-WR-TIMEZONE")).hasValueSatisfying(p -> assertThat(p.getValue()).isEqualTo("Asia/Shanghai"));
        List<VTimeZone> zones = parsed.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(z ->
                assertThat(z.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Asia/Shanghai"));

        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.getFirst();
        assertThat(value(first, Property.UID)).isEqualTo("meeting-12@silian");
        assertThat(value(first, Property.SUMMARY)).isEqualTo(meeting.title());
        assertThat(value(first, Property.LOCATION)).isEqualTo(meeting.location());
        assertThat(value(first, Property.DESCRIPTION)).isEqualTo(meeting.description());
        assertThat(value(first, Property.URL)).isEqualTo("https://silian.example.cn/meetings/12");
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(first.getProperty(Property.DTSTAMP)).isPresent();
        assertTime(first.getProperty(Property.DTSTART), START);
        assertTime(first.getProperty(Property.DTEND), END);

        VEvent second = events.get(1);
        assertThat(value(second, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(second.getProperty(Property.DESCRIPTION)).isEmpty();
        assertTime(second.getProperty(Property.DTSTART), cancelled.start());
    }

    @Test
    void specialCharactersAreEscapedInTheText() {
        String unfolded = Ics.calendar("x", List.of(meeting), BASE).replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:四级人大代表联席会：议题一\\, 议题二\\; 第三项\r\n")
                .contains("LOCATION:区人大常委会三楼会议室，东楼\r\n")
                .contains("DESCRIPTION:第一行\\n第二行\\; 含逗号\\, 和反斜杠 \\\\ 结束\r\n")
                .contains("DTSTART;TZID=Asia/Shanghai:20261124T090000\r\n")
                .contains("DTEND;TZID=Asia/Shanghai:20261124T113000\r\n");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutBreakingACharacter() throws Exception {
        String longTitle = "关于推进老旧小区加装电梯和社区养老服务设施建设情况的专题调研座谈会".repeat(4);
        CalendarEntry entry = new CalendarEntry("meeting-99@silian", CalendarEntry.Kind.MEETING, longTitle,
                START, END, null, null, null, false, 0);
        String ics = Ics.single(entry, BASE);
        assertThat(ics).endsWith("\r\n").doesNotContain("\n\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(ics).contains("\r\n ");
        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(value(event, Property.SUMMARY)).isEqualTo(longTitle);
        assertThat(event.getProperty(Property.URL)).isEmpty();
        assertThat(event.getProperty(Property.LOCATION)).isEmpty();
    }

    @Test
    void anEmptyCalendarIsStillValid() throws Exception {
        Calendar parsed = parse(Ics.calendar("空", List.of(), BASE));
        assertThat(parsed.getComponents("VEVENT")).isEmpty();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static void assertTime(java.util.Optional<Property> property, Instant expected) {
        Property p = property.orElseThrow();
        assertThat(p.getParameter(Parameter.TZID)).hasValueSatisfying(tz -> assertThat(tz.getValue()).isEqualTo("Asia/Shanghai"));
        Temporal date = p instanceof DtStart<?> start ? start.getDate() : ((DtEnd<?>) p).getDate();
        assertThat(date).isInstanceOf(ZonedDateTime.class);
        assertThat(((ZonedDateTime) date).toInstant()).isEqualTo(expected);
    }
}
