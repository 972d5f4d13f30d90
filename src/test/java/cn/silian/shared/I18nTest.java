package cn.silian.shared;

import cn.silian.people.DeputyStatus;
import cn.silian.people.Expertise;
import cn.silian.people.Gender;
import cn.silian.people.Level;
import cn.silian.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user-facing string comes from the bundles, in both languages. */
class I18nTest {

    private static final Path MAIN = Paths.get("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TRANSLATION_CALL = Pattern.compile("(?:getTranslation|translate)\\(\\s*\"([^\"]+)\"");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");
    /** Text that reads as English prose: a capitalised word, or three words in a row. */
    private static final Pattern ENGLISH_PROSE = Pattern.compile("^[A-Z][a-z]+\\b|[A-Za-z]+ [A-Za-z]+ [A-Za-z]+");

    @Test
    void bothLanguagesHaveExactlyTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = load("vaadin-i18n/translations.properties");
        Properties chinese = load("vaadin-i18n/translations_zh_CN.properties");
        assertThat(new TreeSet<>(chinese.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        assertThat(english.stringPropertyNames()).allSatisfy(k -> assertThat(english.getProperty(k)).as(k).isNotBlank());
        assertThat(chinese.stringPropertyNames()).allSatisfy(k -> assertThat(chinese.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = load("vaadin-i18n/translations.properties").stringPropertyNames();
        Set<String> asked = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = TRANSLATION_CALL.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).endsWith(".")) {
                    asked.add(m.group(1));
                }
            }
        }
        for (Level v : Level.values()) asked.add(v.messageKey());
        for (Gender v : Gender.values()) asked.add(v.messageKey());
        for (DeputyStatus v : DeputyStatus.values()) asked.add(v.messageKey());
        for (Expertise v : Expertise.values()) asked.add(v.messageKey());
        for (Role v : Role.values()) asked.add(v.messageKey());
        for (AuditEvent.Action v : AuditEvent.Action.values()) asked.add("audit.action." + v.name());
        for (cn.silian.stations.StationKind v : cn.silian.stations.StationKind.values()) asked.add(v.messageKey());
        for (cn.silian.stations.ReceptionCategory v : cn.silian.stations.ReceptionCategory.values()) asked.add(v.messageKey());
        for (cn.silian.stations.PlanStatus v : cn.silian.stations.PlanStatus.values()) asked.add(v.messageKey());
        for (cn.silian.stations.SwapStatus v : cn.silian.stations.SwapStatus.values()) asked.add(v.messageKey());
        for (cn.silian.stations.PlacementAssistant.Reason v : cn.silian.stations.PlacementAssistant.Reason.values()) {
            asked.add("placement.reason." + v.name());
        }
        for (cn.silian.stations.RosterSheet.Problem.Kind v : cn.silian.stations.RosterSheet.Problem.Kind.values()) {
            asked.add("roster.import.kind." + v.name());
        }
        for (cn.silian.topics.TopicStatus v : cn.silian.topics.TopicStatus.values()) asked.add(v.messageKey());
        for (cn.silian.topics.ReviewDecision v : cn.silian.topics.ReviewDecision.values()) asked.add(v.messageKey());
        for (cn.silian.topics.TaskStatus v : cn.silian.topics.TaskStatus.values()) asked.add(v.messageKey());
        for (cn.silian.topics.JoinStatus v : cn.silian.topics.JoinStatus.values()) asked.add(v.messageKey());
        for (cn.silian.topics.JoinedHow v : cn.silian.topics.JoinedHow.values()) asked.add(v.messageKey());
        for (cn.silian.meetings.MeetingKind v : cn.silian.meetings.MeetingKind.values()) asked.add(v.messageKey());
        for (cn.silian.meetings.MeetingStatus v : cn.silian.meetings.MeetingStatus.values()) asked.add(v.messageKey());
        for (cn.silian.meetings.Rsvp v : cn.silian.meetings.Rsvp.values()) asked.add(v.messageKey());
        for (cn.silian.meetings.Attendance v : cn.silian.meetings.Attendance.values()) asked.add(v.messageKey());
        assertThat(asked).isNotEmpty();
        assertThat(keys).containsAll(asked);
    }

    @Test
    void noCodeOutsideTheDemoDataHoldsChineseText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String path = file.toString().replace('\\', '/');
            if (path.contains("/demo/") || path.endsWith("shared/Pinyin.java")) {
                continue;
            }
            // Character classes of patterns that read Chinese input (separators, masks) are not text.
            literals(file).stream().filter(l -> CJK.matcher(l).find() && !l.startsWith("["))
                    .forEach(l -> offenders.add(file + ": " + l));
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void noViewHoldsEnglishText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().replace('\\', '/').contains("/ui/")) {
                continue;
            }
            literals(file).stream()
                    .filter(l -> !l.contains("<") && !l.contains("${") && ENGLISH_PROSE.matcher(l).find())
                    .forEach(l -> offenders.add(file + ": " + l));
        }
        assertThat(offenders).isEmpty();
    }

    private static List<String> literals(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String code = line.strip();
            if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*") || code.startsWith("@")
                    || code.startsWith("log.")) {
                continue;
            }
            Matcher m = LITERAL.matcher(line);
            while (m.find()) {
                result.add(m.group(1));
            }
        }
        return result;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
