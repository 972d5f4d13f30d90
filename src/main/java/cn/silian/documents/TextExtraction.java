package cn.silian.documents;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipInputStream;

/**
 * The text inside an uploaded file, for the search index. Only document types are read;
 * images and archives never are, so an archive is never unpacked. A file that cannot be read
 * (damaged, encrypted, a zip bomb disguised as an Office file) simply has no text: the upload
 * itself stands.
 */
final class TextExtraction {

    /** Enough for any report's words to be found, small enough for the heap and the index. */
    static final int MAX_CHARS = 200_000;
    /**
     * An Office file (a ZIP of XML parts) is read only if its parts inflate to no more than this,
     * far more than a report's or a sheet's XML: the parsers would inflate and parse a zip bomb
     * whole, and hold much of it on the heap.
     */
    static final long INFLATED_MAX = 32L * 1024 * 1024;

    static final Set<String> READ = UploadRules.WITH_TEXT;

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);
    private static final Parser PARSER = new AutoDetectParser();
    private static final String OFFICE_OPEN_XML = "application/vnd.openxmlformats-officedocument.";

    private TextExtraction() {
    }

    /** Inflates the parts into one small buffer, counting, and stops at the limit. */
    private static boolean inflatesModestly(Path file) throws IOException {
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > INFLATED_MAX) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static boolean reads(String contentType) {
        return READ.contains(contentType);
    }

    /** The file's text, cut at {@link #MAX_CHARS}; empty when the type is not read or the file cannot be. */
    static String text(InputStream content, String contentType) {
        if (!reads(contentType)) {
            return "";
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (TikaInputStream file = TikaInputStream.get(content)) {
            // Given a stream, the PDF and Office parsers copy the whole file onto the heap; from a
            // temporary file they read only what they need.
            Path path = file.getPath();
            if (contentType.startsWith(OFFICE_OPEN_XML) && !inflatesModestly(path)) {
                log.info("No text taken from a {} upload: its parts would inflate too far", contentType);
                return "";
            }
            PARSER.parse(file, handler, new Metadata(), new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                log.info("No text taken from a {} upload: {}", contentType, e.toString());
                return "";
            }
        }
        return normalise(handler.toString());
    }

    /**
     * Runs of blanks and blank lines carry no meaning for search and would only fill the index;
     * a blank or a line break a PDF puts between two Chinese characters would split the word
     * they form (Chinese lines wrap anywhere).
     */
    static String normalise(String text) {
        return text.replaceAll("[ \\t\\x0B\\f\\u3000]+", " ")
                .replaceAll("(?<=\\p{IsHan}) (?=\\p{IsHan})", "")
                .replaceAll("\\s*\\n\\s*", "\n")
                .replaceAll("(?<=\\p{IsHan})\n(?=\\p{IsHan})", "")
                .strip();
    }
}
