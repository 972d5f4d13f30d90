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
 * Every audit line a publisher writes can be read in both languages: its summary key is in
 * both bundles. Publishers name summary keys as literals
 * ({@code "audit.…"}), so reading the sources finds them all.
 */
class AuditMessagesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern AUDIT_KEY = Pattern.compile("\"(audit\\.[A-Za-z0-9.-]*[A-Za-z0-9-])\"");

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
