package cn.silian.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** What every storage does with an upload: copy it in small pieces, and stop at the limit. */
final class BoundedCopy {

    private static final int BUFFER = 64 * 1024;

    private BoundedCopy() {
    }

    /** Copies the stream and returns its length; throws as soon as it is longer than {@code maxBytes}. */
    static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            size += n;
            if (size > maxBytes) {
                throw new DocumentStorage.TooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return size;
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
