package cn.silian.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit line a publisher writes can be read in both languages: its summary key and the
 * name of its object type are in both bundles. Publishers name summary keys as literals
 * ({@code "audit.…"}), so reading the sources finds them all.
 */
class AuditMessagesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern AUDIT_KEY = Pattern.compile("\"(audit\\.[A-Za-z0-9.-]*[A-Za-z0-9-])\"");
    /** A type written into the event ({@code new AuditEvent(actor, action, "Session", …}). */
    private static final Pattern LITERAL_TYPE = Pattern.compile("new AuditEvent\\(\\s*[^,]+,\\s*[^,]+,\\s*\"(\\w+)\"");
    /** A type kept in a constant ({@code static final String TASK_TYPE = "GroupTask"}). */
    private static final Pattern TYPE_CONSTANT = Pattern.compile("String \\w*TYPE = \"(\\w+)\"");

    @Test
    void everySummaryKeyOfAPublisherIsInBothBundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = AUDIT_KEY.matcher(Files.readString(file));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).as("summary keys found in the sources").hasSizeGreaterThan(80);
        assertThat(bundle("translations.properties").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("translations_zh_CN.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyPublishedObjectTypeHasANameInBothBundles() throws IOException {
        Set<String> types = new TreeSet<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            if (!source.contains("new AuditEvent(")) {
                continue;
            }
            Matcher literal = LITERAL_TYPE.matcher(source);
            while (literal.find()) {
                types.add(literal.group(1));
            }
            Matcher constant = TYPE_CONSTANT.matcher(source);
            while (constant.find()) {
                types.add(constant.group(1));
            }
        }
        assertThat(types).as("object types found in the sources")
                .contains("Session", "Street", "DutyShift", "ShiftSwap", "Document", "JoinRequest", "GroupTask");
        Set<String> typeKeys = new TreeSet<>();
        types.forEach(t -> typeKeys.add("audit.type." + t));
        assertThat(bundle("translations.properties").stringPropertyNames()).containsAll(typeKeys);
        assertThat(bundle("translations_zh_CN.properties").stringPropertyNames()).containsAll(typeKeys);
    }

    private static Set<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return new TreeSet<>(files.filter(p -> p.toString().endsWith(".java")).toList());
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditMessagesTest.class.getClassLoader().getResourceAsStream("vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
