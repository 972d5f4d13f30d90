package cn.silian.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Documents as files in one folder. A stream is written to a temporary file beside its
 * destination and moved into place atomically, so readers never see half a file.
 */
public class FileSystemStorage implements DocumentStorage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path root;

    public FileSystemStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredObject put(InputStream content, long maxBytes) throws IOException {
        Files.createDirectories(root);
        String key = UUID.randomUUID().toString();
        Path temp = Files.createTempFile(root, "upload-", ".part");
        try {
            MessageDigest sha256 = BoundedCopy.digest("SHA-256");
            long size;
            try (DigestInputStream in = new DigestInputStream(content, sha256);
                 OutputStream out = Files.newOutputStream(temp)) {
                size = BoundedCopy.copy(in, out, maxBytes);
            }
            Files.move(temp, path(key), StandardCopyOption.ATOMIC_MOVE);
            return new StoredObject(key, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) throws NoSuchFileException {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new NoSuchFileException(String.valueOf(key));
        }
        return root.resolve(key);
    }
}
