package cn.silian.documents;

import java.io.IOException;
import java.io.InputStream;

/** One version ready to send: its safe file name, type, size and a way to open its bytes. */
public record Download(String fileName, String contentType, long sizeBytes, String sha256, boolean internal,
                       Content content) {

    /** Opens the stored bytes; the caller closes the stream. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
