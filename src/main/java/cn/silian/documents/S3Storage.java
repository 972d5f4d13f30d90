package cn.silian.documents;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Documents as objects in a bucket of an S3-compatible service (AWS S3, MinIO, ...).
 * <p>
 * A stream is first written to a local temporary file: that bounds the heap whatever the
 * upload's size, lets an oversized or broken stream be refused before anything reaches the
 * bucket, and gives the single PutObject its exact length. S3 makes the object visible only
 * once it is complete, so readers never see half a document.
 */
public class S3Storage implements DocumentStorage, AutoCloseable {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path tempDir;

    /**
     * @param prefix  a folder in the bucket for Silian's objects, empty for the bucket's root
     * @param tempDir where uploads wait for their transfer; it holds at most one file per upload in progress
     */
    public S3Storage(S3Client s3, String bucket, String prefix, Path tempDir) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        this.tempDir = tempDir.toAbsolutePath().normalize();
    }

    /** Creates the bucket unless it is there already, e.g. for a fresh MinIO. */
    public void createBucketIfMissing() throws IOException {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            create();
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw failure("checking it", e);
            }
            create();
        } catch (SdkException e) {
            throw failure("checking it", e);
        }
    }

    private void create() throws IOException {
        try {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException e) {
            // another instance started at the same moment
        } catch (SdkException e) {
            throw failure("creating it", e);
        }
    }

    @Override
    public StoredObject put(InputStream content, long maxBytes) throws IOException {
        Files.createDirectories(tempDir);
        String key = UUID.randomUUID().toString();
        Path temp = Files.createTempFile(tempDir, "upload-", ".part");
        try {
            MessageDigest sha256 = BoundedCopy.digest("SHA-256");
            // lets the service verify that what arrived is what was read; every S3 clone checks Content-MD5
            MessageDigest md5 = BoundedCopy.digest("MD5");
            long size;
            try (InputStream in = new DigestInputStream(new DigestInputStream(content, sha256), md5);
                 OutputStream out = Files.newOutputStream(temp)) {
                size = BoundedCopy.copy(in, out, maxBytes);
            }
            long length = size;
            String contentMd5 = Base64.getEncoder().encodeToString(md5.digest());
            try {
                s3.putObject(b -> b.bucket(bucket).key(prefix + key).contentLength(length).contentMD5(contentMd5),
                        RequestBody.fromFile(temp));
            } catch (SdkException e) {
                throw failure("storing " + key, e);
            }
            return new StoredObject(key, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The object's content as the service streams it; the caller closes it. */
    @Override
    public InputStream open(String key) throws IOException {
        String objectKey = objectKey(key);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(objectKey));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw failure("reading " + key, e);
        }
    }

    /** S3 answers a delete of a missing object with success, as the file system storage does. */
    @Override
    public void delete(String key) throws IOException {
        String objectKey = objectKey(key);
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(objectKey));
        } catch (SdkException e) {
            throw failure("deleting " + key, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private String objectKey(String key) throws NoSuchFileException {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new NoSuchFileException(String.valueOf(key));
        }
        return prefix + key;
    }

    /** Callers handle storage trouble as I/O trouble, whichever storage is configured. */
    private IOException failure(String action, SdkException e) {
        return new IOException("S3 bucket " + bucket + ": " + action + " failed: " + e.getMessage(), e);
    }
}
