package cn.silian.documents;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file at the size limit goes up and comes down as a stream: neither way holds it in memory.
 * The bytes are made while they are read and hashed while they are written back, so the test
 * itself holds nothing either. Commits for real (the download reads what the upload committed)
 * and empties the bin afterwards.
 */
@SilianSpringTest
@Tag("db")
class LargeFileHeapTest {

    private static final long MB = 1024 * 1024;
    private static final long SIZE = 50 * MB;
    /**
     * Measured on the fake PDF: the download allocates about 0.5 MB (a copy buffer and the
     * transaction); the upload about 13.5 MB once text extraction reads the PDF from a file
     * (about 1 MB for the type check, buffers and rows, 12 MB for PDFBox searching the 50 MB
     * for objects it never finds). Holding the file would take its 50 MB at least.
     */
    private static final long UPLOAD_BOUND = 24 * MB;
    private static final long DOWNLOAD_BOUND = 4 * MB;

    @Autowired DocumentService documents;
    @Autowired AccountService accounts;

    private Long made;

    @AfterEach
    void removeIt() {
        TestUsers.login(accounts, "office");
        if (made != null) {
            documents.softDelete(made, documents.get(made).version());
            documents.emptyBin();
        }
        TestUsers.logout();
    }

    @Test
    void fiftyMegabytesGoUpAndComeDownWithoutBeingHeldInMemory() throws Exception {
        Object service = AopTestUtils.getTargetObject(documents);
        long limit = (long) ReflectionTestUtils.getField(service, "maxFileBytes");
        assertThat(SIZE).as("the configured per-file limit").isLessThanOrEqualTo(limit);
        TestUsers.login(accounts, "office");

        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        long before = allocated();
        long started = System.nanoTime();
        made = documents.upload(Space.LIBRARY, null, "大文件测试", null, null, false, "大文件.pdf",
                new DigestInputStream(TestFiles.pdfLike(SIZE), sent));
        long uploadAllocated = allocated() - before;
        long uploadMillis = (System.nanoTime() - started) / 1_000_000;
        String sentHash = HexFormat.of().formatHex(sent.digest());

        MessageDigest received = MessageDigest.getInstance("SHA-256");
        before = allocated();
        started = System.nanoTime();
        Download download = documents.open(made, 1);
        long read;
        try (InputStream in = download.content().open();
             OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), received)) {
            read = in.transferTo(out);
        }
        long downloadAllocated = allocated() - before;
        long downloadMillis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("LargeFileHeapTest: %d MB upload allocated %d KB in %d ms; download allocated %d KB in %d ms%n",
                SIZE / MB, uploadAllocated / 1024, uploadMillis, downloadAllocated / 1024, downloadMillis);
        assertThat(download.sizeBytes()).isEqualTo(SIZE);
        assertThat(read).isEqualTo(SIZE);
        assertThat(download.sha256()).isEqualTo(sentHash);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(sentHash);
        assertThat(downloadAllocated).isLessThan(DOWNLOAD_BOUND);
        // Fails while text extraction hands PDFBox a plain stream, which it copies onto the heap
        // whole (see TextExtractionTest#aLargePdfIsReadFromDiskNotCopiedOntoTheHeap).
        assertThat(uploadAllocated).as("bytes allocated while uploading %d MB", SIZE / MB).isLessThan(UPLOAD_BOUND);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
