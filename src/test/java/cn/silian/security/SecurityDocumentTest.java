package cn.silian.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md maps every ASVS 5.0 level-1 and level-2 requirement to what proves it. The map is
 * only worth something while the proofs it names exist, so a renamed or deleted test fails here.
 */
class SecurityDocumentTest {

    /** ASVS 5.0.0 has 253 requirements at levels 1 and 2. */
    private static final int LEVEL_ONE_AND_TWO = 253;
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+\\.\\d+\\.\\d+) \\| ([12]) \\| .+ \\| ([a-z/ ]+) \\| (.+) \\|$");
    private static final Pattern TEST_NAME = Pattern.compile("`([A-Z][A-Za-z0-9]*(?:Test|IT))`");
    private static final Set<String> STATUSES = Set.of("met", "partly", "n/a", "deployment", "not met");

    private final List<String> lines = read(Path.of("SECURITY.md"));

    @Test
    void everyLevelOneAndTwoRequirementHasARowWithAStatus() {
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                assertThat(ids.add(row.group(1))).as("requirement %s listed once", row.group(1)).isTrue();
                assertThat(STATUSES).as("status of %s", row.group(1)).contains(row.group(3).strip());
            }
        }
        assertThat(ids).hasSize(LEVEL_ONE_AND_TWO);
    }

    @Test
    void everyTestItNamesExists() throws IOException {
        Set<String> testClasses = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".java"))
                    .forEach(name -> testClasses.add(name.substring(0, name.length() - ".java".length())));
        }
        List<String> named = new ArrayList<>();
        for (String line : lines) {
            Matcher m = TEST_NAME.matcher(line);
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(named).allSatisfy(name -> assertThat(testClasses).as("tests named in SECURITY.md").contains(name));
    }

    private static List<String> read(Path path) {
        try {
            return Files.readAllLines(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
