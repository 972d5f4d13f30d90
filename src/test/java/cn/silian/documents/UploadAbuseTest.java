package cn.silian.documents;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.shared.InvalidInputException;
import cn.silian.topics.GroupService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upload abuse is refused with a message the user can act on and leaves nothing behind: no
 * document or version row and no file in the storage folder. The storage folder is shared with
 * the other tests of the run, so only files that appear during a test count.
 */
@SilianSpringTest
@Transactional
@Tag("db")
class UploadAbuseTest {

    private static final long MB = 1024 * 1024;
    private static final int BOMB_EXPANDED_MB = 500;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired DocumentService documents;
    @Autowired DocumentRepository documentRows;
    @Autowired DocumentVersionRepository versionRows;
    @Autowired GroupService groups;
    @Autowired AccountService accounts;
    @Value("${silian.data-dir}") Path dataDir;

    private Object service;
    private long maxFileBytes;
    private long maxSpaceBytes;
    private Space space;
    private long countBefore;
    private long documentRowsBefore;
    private long versionRowsBefore;
    private Set<String> filesBefore;

    @BeforeEach
    void noteWhatIsThere() throws IOException {
        // The limits are final fields set from configuration; they are lowered here by reflection
        // because a context with other settings would cost a second start of the application.
        service = AopTestUtils.getTargetObject(documents);
        maxFileBytes = (long) ReflectionTestUtils.getField(service, "maxFileBytes");
        maxSpaceBytes = (long) ReflectionTestUtils.getField(service, "maxSpaceBytes");
        TestUsers.login(accounts, "deputy");
        // the demo deputy's group, which already holds the demo report
        space = Space.group(groups.myGroups().getFirst().groupId());
        countBefore = documents.count(space, null);
        documentRowsBefore = documentRows.count();
        versionRowsBefore = versionRows.count();
        filesBefore = storedFiles();
    }

    @AfterEach
    void restoreLimits() {
        ReflectionTestUtils.setField(service, "maxFileBytes", maxFileBytes);
        ReflectionTestUtils.setField(service, "maxSpaceBytes", maxSpaceBytes);
        TestUsers.logout();
    }

    @Test
    void aFileOverThePerFileLimitIsRefused() throws IOException {
        ReflectionTestUtils.setField(service, "maxFileBytes", MB);

        refused("documents.too-large", () -> upload("大文件.pdf", TestFiles.pdfLike(MB + 1)));
        assertThat(problem(() -> upload("大文件.pdf", TestFiles.pdfLike(2 * MB))).args()).containsExactly(1L);
        assertNothingLeft();
        // exactly at the limit is still allowed
        long id = upload("刚好.pdf", TestFiles.pdfLike(MB));
        assertThat(documents.get(id).latest().sizeBytes()).isEqualTo(MB);
    }

    @Test
    void aSpaceOverItsLimitIsRefusedWhetherFullAlreadyOrFilledByThisFile() throws IOException {
        long used = versionRows.bytesInSpace(space.kind(), space.id());
        assertThat(used).as("the demo report is in the space").isPositive();

        ReflectionTestUtils.setField(service, "maxSpaceBytes", used);
        refused("documents.space-full", () -> upload("满了.pdf", TestFiles.pdfLike(100)));

        // room for 1,000 bytes: the file is stored until it passes them, then removed
        ReflectionTestUtils.setField(service, "maxSpaceBytes", used + 1000);
        refused("documents.space-full", () -> upload("差一点.pdf", TestFiles.pdfLike(200 * 1024)));
        long id = upload("放得下.pdf", TestFiles.pdfLike(1000));
        assertThat(documents.get(id).latest().sizeBytes()).isEqualTo(1000);
    }

    @Test
    void anExecutableNamedAsAPdfIsRefused() throws IOException {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        refused("documents.type-not-allowed", () -> upload("报告.pdf", new ByteArrayInputStream(exe)));
    }

    @Test
    void aPathInTheNameIsCutOffAndANameOfNothingUsableIsRefused() throws IOException {
        long id = upload("../../etc/passwd.pdf", TestFiles.pdfLike(500));
        assertThat(documents.get(id).latest().fileName()).isEqualTo("passwd.pdf");
        assertThat(newFiles()).singleElement().matches(name -> name.matches("[0-9a-f-]{36}"), "a key of the storage's own");
        assertThat(dataDir.resolve("documents").resolve("../../etc/passwd.pdf").normalize()).doesNotExist();

        for (String name : List.of("", "   ", "../../", "..", "a/b/", "C:\\temp\\", "\u202E\u200F", "\u0000\u0007")) {
            assertThat(problem(() -> upload(name, TestFiles.pdfLike(500))).messageKey()).as("name %s", name)
                    .isEqualTo("documents.name-empty");
        }
        assertThat(documents.count(space, null)).isEqualTo(countBefore + 1);

        // the rollback takes the stored file with it
        TestTransaction.flagForRollback();
        TestTransaction.end();
        assertThat(newFiles()).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        refused("documents.empty-file", () -> upload("空.pdf", new ByteArrayInputStream(new byte[0])));
        refused("documents.empty-file", () -> upload("空.txt", InputStream.nullInputStream()));
    }

    @Test
    void aZipBombIsStoredAsItIsAndNeverExpanded() throws Exception {
        byte[] bomb = TestFiles.zipBomb("zeros.bin", BOMB_EXPANDED_MB);

        long before = allocated();
        long id = upload("bomb.zip", new ByteArrayInputStream(bomb));
        long allocated = allocated() - before;
        System.out.printf("zip bomb (%d MB expanded, %d bytes compressed) as bomb.zip: %d KB allocated during upload%n",
                BOMB_EXPANDED_MB, bomb.length, allocated / 1024);

        VersionRow stored = documents.get(id).latest();
        assertThat(stored.contentType()).isEqualTo("application/zip");
        assertThat(stored.sizeBytes()).isEqualTo(bomb.length);
        assertThat(stored.sha256()).isEqualTo(sha256(bomb));
        assertThat(documentRows.findById(id).orElseThrow().contentText()).isNull();
        // a tenth of the expanded size: expanding even once would take far more
        assertThat(allocated).isLessThan(BOMB_EXPANDED_MB * MB / 10);
        try (InputStream in = documents.open(id, 1).content().open()) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(bomb));
        }
        assertThat(newFiles()).hasSize(1);

        TestTransaction.flagForRollback();
        TestTransaction.end();
        assertThat(newFiles()).isEmpty();
    }

    @Test
    void aZipBombDisguisedAsAWordFileIsStoredAsAWordFileButItsTextIsNeverExtracted() throws Exception {
        byte[] bomb = TestFiles.wordBomb(BOMB_EXPANDED_MB);

        long before = allocated();
        long id = upload("bomb.docx", new ByteArrayInputStream(bomb));
        long allocated = allocated() - before;
        System.out.printf("zip bomb (%d MB expanded, %d bytes compressed) as bomb.docx: %d KB allocated during upload%n",
                BOMB_EXPANDED_MB, bomb.length, allocated / 1024);

        VersionRow stored = documents.get(id).latest();
        // a ZIP named .docx is taken for what it says it is; reading its text is what the bomb aims at
        assertThat(stored.contentType()).isEqualTo(DOCX);
        assertThat(stored.sizeBytes()).isEqualTo(bomb.length);
        assertThat(stored.sha256()).isEqualTo(sha256(bomb));
        assertThat(documentRows.findById(id).orElseThrow().contentText()).isNull();
        assertThat(allocated).isLessThan(BOMB_EXPANDED_MB * MB / 10);
        assertThat(newFiles()).hasSize(1);
    }

    @Test
    void aStreamThatBreaksOffLeavesNoFileAndNoRow() throws IOException {
        // while the type is judged from the first bytes, and later while the file is written
        for (long breaksAt : List.of(4L, 3 * MB)) {
            assertThatThrownBy(() -> upload("断线.pdf", TestFiles.failingAfter(breaksAt)))
                    .as("breaking off after %d bytes", breaksAt)
                    .isInstanceOf(UncheckedIOException.class)
                    .rootCause().hasMessage("connection reset by peer");
            assertNothingLeft();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private long upload(String fileName, InputStream content) {
        return documents.upload(space, "测试", "上传测试", null, null, false, fileName, content);
    }

    private void refused(String messageKey, ThrowingCallable upload) throws IOException {
        assertThat(problem(upload).messageKey()).isEqualTo(messageKey);
        assertNothingLeft();
    }

    private static InvalidInputException.Problem problem(ThrowingCallable upload) {
        InvalidInputException[] thrown = new InvalidInputException[1];
        assertThatThrownBy(upload).isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
        assertThat(thrown[0].problems()).hasSize(1);
        return thrown[0].problems().getFirst();
    }

    private void assertNothingLeft() throws IOException {
        assertThat(documents.count(space, null)).isEqualTo(countBefore);
        assertThat(documentRows.count()).isEqualTo(documentRowsBefore);
        assertThat(versionRows.count()).isEqualTo(versionRowsBefore);
        assertThat(newFiles()).isEmpty();
    }

    /** Files, finished or half-written, that were not in the storage folder when the test began. */
    private Set<String> newFiles() throws IOException {
        Set<String> now = storedFiles();
        now.removeAll(filesBefore);
        return now;
    }

    private Set<String> storedFiles() throws IOException {
        Path folder = dataDir.resolve("documents");
        if (!Files.isDirectory(folder)) {
            return new HashSet<>();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(HashSet::new));
        }
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
