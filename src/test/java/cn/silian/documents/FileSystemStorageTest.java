package cn.silian.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSystemStorageTest {

    @TempDir
    Path dir;

    @Test
    void storesReadsAndDeletesWithTheRightChecksum() throws Exception {
        FileSystemStorage storage = new FileSystemStorage(dir);
        byte[] bytes = "四联 documents".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DocumentStorage.StoredObject stored = storage.put(new ByteArrayInputStream(bytes), 1000);
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        try (InputStream in = storage.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(files()).containsExactly(stored.key());
        storage.delete(stored.key());
        assertThat(files()).isEmpty();
    }

    @Test
    void anOversizedStreamIsAbortedAndLeavesNothing() throws Exception {
        FileSystemStorage storage = new FileSystemStorage(dir);
        assertThatThrownBy(() -> storage.put(new Generated(10_000), 9_999))
                .isInstanceOf(DocumentStorage.TooLargeException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aFailingStreamLeavesNothing() throws Exception {
        FileSystemStorage storage = new FileSystemStorage(dir);
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
        assertThat(files()).isEmpty();
    }

    @Test
    void keysThatAreNotOursAreNeverResolved() {
        FileSystemStorage storage = new FileSystemStorage(dir);
        assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> storage.open(null)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void fiftyMegabytesAreStreamed() throws Exception {
        FileSystemStorage storage = new FileSystemStorage(dir);
        long size = 50L * 1024 * 1024;
        DocumentStorage.StoredObject stored = storage.put(new Generated(size), size);
        assertThat(stored.size()).isEqualTo(size);
        assertThat(Files.size(dir.resolve(stored.key()))).isEqualTo(size);
    }

    private java.util.List<String> files() throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** A stream of the given length that is never held in memory. */
    static final class Generated extends InputStream {
        private long left;

        Generated(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? (int) (left & 0x7f) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((left - i) & 0x7f);
            }
            left -= n;
            return n;
        }
    }
}
