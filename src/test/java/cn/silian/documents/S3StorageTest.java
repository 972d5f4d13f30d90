package cn.silian.documents;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The storage contract of {@link FileSystemStorageTest}, against an in-process S3 server. */
class S3StorageTest {

    private static final String ACCESS_KEY = "silian-test";
    private static final String SECRET_KEY = "silian-test-secret";

    private static BlobStore blobStore;
    private static S3Proxy server;

    @TempDir
    Path tempDir;

    private String bucket;
    private S3Storage storage;

    @BeforeAll
    static void startServer() throws Exception {
        blobStore = new TransientNio2BlobStore();
        server = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .stopTimeout(0)
                .build();
        server.start();
        // Jetty may still be coming up when start() returns; a server that never does fails here, not later.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"STARTED".equals(server.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the S3 test server did not start within 10 s; its state: " + server.getState());
            }
            Thread.sleep(10);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
        blobStore.close();
    }

    @BeforeEach
    void newBucket() throws IOException {
        bucket = "silian-" + UUID.randomUUID().toString().substring(0, 8);
        storage = storage("http://127.0.0.1:" + server.getPort(), "silian/documents");
        storage.createBucketIfMissing();
    }

    @AfterEach
    void closeClient() {
        storage.close();
    }

    @Test
    void storesReadsAndDeletesWithTheRightChecksum() throws Exception {
        byte[] bytes = "四联 documents".getBytes(StandardCharsets.UTF_8);
        DocumentStorage.StoredObject stored = storage.put(new ByteArrayInputStream(bytes), 1000);
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        try (InputStream in = storage.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(objects()).containsExactly("silian/documents/" + stored.key());
        assertThat(tempFiles()).isEmpty();

        storage.delete(stored.key());
        assertThat(objects()).isEmpty();
        assertThatThrownBy(() -> storage.open(stored.key())).isInstanceOf(NoSuchFileException.class);
        storage.delete(stored.key());
    }

    @Test
    void anOversizedStreamIsAbortedAndLeavesNothing() {
        assertThatThrownBy(() -> storage.put(new FileSystemStorageTest.Generated(10_000), 9_999))
                .isInstanceOf(DocumentStorage.TooLargeException.class);
        assertThat(objects()).isEmpty();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void aFailingStreamLeavesNothing() {
        InputStream broken = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (n++ > 100_000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> storage.put(broken, 1_000_000)).hasMessage("connection reset");
        assertThat(objects()).isEmpty();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void keysThatAreNotOursAreNeverResolved() {
        assertThatThrownBy(() -> storage.open("../x")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> storage.open(null)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> storage.delete("../x")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> storage.open("silian/documents/" + UUID.randomUUID())).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void severalMegabytesAreStreamedBothWays() throws Exception {
        long size = 8L * 1024 * 1024 + 7;
        DocumentStorage.StoredObject stored = storage.put(new FileSystemStorageTest.Generated(size), size);
        assertThat(stored.size()).isEqualTo(size);
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(storage.open(stored.key()), read)) {
            assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(size);
        }
        assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(stored.sha256());
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void anExistingBucketIsKept() throws Exception {
        DocumentStorage.StoredObject stored = storage.put(new ByteArrayInputStream(new byte[]{1, 2, 3}), 10);
        storage.createBucketIfMissing();
        assertThat(objects()).containsExactly("silian/documents/" + stored.key());
    }

    @Test
    void anUnreachableServiceIsAnIoErrorAndLeavesNoTemporaryFile() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (S3Storage unreachable = storage("http://127.0.0.1:" + closedPort, "")) {
            assertThatThrownBy(() -> unreachable.put(new ByteArrayInputStream(new byte[]{1}), 10))
                    .isInstanceOf(IOException.class);
            assertThatThrownBy(() -> unreachable.open(UUID.randomUUID().toString())).isInstanceOf(IOException.class);
        }
        assertThat(tempFiles()).isEmpty();
    }

    private S3Storage storage(String endpoint, String prefix) {
        S3Settings settings = new S3Settings(endpoint, "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true, prefix, true);
        return new S3Storage(settings.newClient(), settings.bucket(), settings.prefix(), tempDir);
    }

    private List<String> objects() {
        return blobStore.list(bucket).contents().stream().map(S3Object::key).toList();
    }

    private List<String> tempFiles() {
        try (var list = Files.list(tempDir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
