package cn.silian.documents;

import cn.silian.shared.InvalidInputException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an upload must be before it is stored: a harmless file name and one of the allowed
 * types, judged by the file's first bytes rather than by its name, so an executable renamed
 * {@code .pdf} is refused. Archives are allowed but only ever stored, never unpacked.
 */
public final class UploadRules {

    public static final int NAME_MAX = 200;
    private static final int EXTENSION_KEPT_MAX = 20;

    static final String PDF = "application/pdf";
    /** Documents with text in them, which the search index reads. */
    static final Set<String> WITH_TEXT = Set.of(
            PDF,
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "text/plain");
    static final Set<String> ALLOWED = Stream.concat(WITH_TEXT.stream(),
            Stream.of("image/png", "image/jpeg", "application/zip")).collect(Collectors.toUnmodifiableSet());

    // Magic bytes and the name only: the container detectors Tika's parsers bring would read a
    // whole ZIP (and so a whole upload) before deciding, which an upload stream cannot afford.
    // The registry is thread-safe and slow to load, so one is shared.
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private UploadRules() {
    }

    /**
     * The name to store and later offer for download: the last path segment only, without
     * control characters, text-direction overrides, runs of dots or characters file systems
     * reserve; Chinese is kept. Throws when nothing usable is left.
     */
    public static String fileName(String raw) {
        String name = raw == null ? "" : raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(cp -> !unsafe(cp)).forEach(cp -> {
            if (":*?\"<>|".indexOf(cp) >= 0) {
                kept.append('_');
            } else {
                kept.appendCodePoint(cp);
            }
        });
        name = kept.toString().replaceAll("\\.{2,}", ".").strip();
        // A leading dot hides the file and trailing dots or blanks are dropped by Windows.
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            throw new InvalidInputException("file", "documents.name-empty");
        }
        return shorten(name);
    }

    private static boolean unsafe(int cp) {
        return Character.isISOControl(cp)
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    private static String shorten(String name) {
        if (name.length() <= NAME_MAX) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= EXTENSION_KEPT_MAX ? name.substring(dot) : "";
        int end = NAME_MAX - extension.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + extension;
    }

    /**
     * The content type of an upload, judged by its first bytes (the name only refines a
     * container, e.g. a ZIP into a Word file). The stream must support mark and reset; it is
     * left at its start. Throws for an empty file or a type that is not allowed.
     */
    public static String contentType(InputStream markable, String fileName) {
        if (!markable.markSupported()) {
            throw new IllegalArgumentException("the stream must support mark");
        }
        try {
            markable.mark(1);
            int first = markable.read();
            markable.reset();
            if (first < 0) {
                throw new InvalidInputException("file", "documents.empty-file");
            }
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            String type = TYPES.detect(markable, metadata).getBaseType().toString();
            if (!ALLOWED.contains(type)) {
                throw new InvalidInputException("file", "documents.type-not-allowed");
            }
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
