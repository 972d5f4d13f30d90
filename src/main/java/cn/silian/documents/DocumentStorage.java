package cn.silian.documents;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a document's bytes live. Keys are chosen by the storage (random, never from user
 * input), so a key can neither be guessed nor point outside the storage.
 */
public interface DocumentStorage {

    /**
     * Stores a stream in full or not at all: a failure, or a stream longer than
     * {@code maxBytes}, leaves nothing behind.
     *
     * @throws TooLargeException when the stream exceeds {@code maxBytes}
     */
    StoredObject put(InputStream content, long maxBytes) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;

    /** A stored stream: its key, its length in bytes and the hex SHA-256 of its content. */
    record StoredObject(String key, long size, String sha256) {
    }

    /** The stream was longer than allowed; nothing was kept. */
    class TooLargeException extends IOException {
        private final long maxBytes;

        public TooLargeException(long maxBytes) {
            super("upload exceeds " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
