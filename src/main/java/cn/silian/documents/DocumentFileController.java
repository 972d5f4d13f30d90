package cn.silian.documents;

import cn.silian.security.CurrentUser;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.i18n.SilianI18nProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * Sends a document's file over a signed link. The file is streamed, never held in memory,
 * except internal PDFs and images, which are watermarked with the reader's name and the time
 * on the way out.
 */
@RestController
class DocumentFileController {

    /** Shown in the browser only for types a browser displays without running anything. */
    private static final Set<String> VIEWABLE = Set.of(UploadRules.PDF, "image/png", "image/jpeg");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentService documents;
    private final DocumentLinks links;
    private final CurrentUser currentUser;

    DocumentFileController(DocumentService documents, DocumentLinks links, CurrentUser currentUser) {
        this.documents = documents;
        this.links = links;
        this.currentUser = currentUser;
    }

    @GetMapping("/files/{documentId}/{version}")
    void file(@PathVariable long documentId, @PathVariable int version, @RequestParam("m") String mark,
              @RequestParam("e") long expires, @RequestParam("s") String signature,
              HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = SilianI18nProvider.supported(request.getLocale());
        SilianUser me = currentUser.require();
        if (!links.valid(me.getUsername(), documentId, version, mark, expires, signature)) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "documents.link-invalid", locale);
            return;
        }
        Download download;
        try {
            download = documents.open(documentId, version);
        } catch (NotFoundException e) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "documents.link-invalid", locale);
            return;
        } catch (InvalidInputException e) {
            refuse(response, HttpServletResponse.SC_GONE, e.problems().getFirst().messageKey(), locale);
            return;
        }
        byte[] marked = null;
        if (download.internal() && Watermarks.supports(download.contentType())) {
            try {
                marked = watermarked(download, me, locale);
            } catch (Watermarks.CannotWatermarkException e) {
                refuse(response, HttpServletResponse.SC_CONFLICT, "documents.cannot-watermark", locale);
                return;
            }
        }
        boolean view = "v".equals(mark) && VIEWABLE.contains(download.contentType());
        response.setContentType(download.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(view ? "inline" : "attachment", download.fileName()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Silian's own pages show previews in a frame; nobody else may frame a file.
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        if (marked != null) {
            response.setContentLength(marked.length);
            response.getOutputStream().write(marked);
            return;
        }
        response.setContentLengthLong(download.sizeBytes());
        try (InputStream in = download.content().open()) {
            in.transferTo(response.getOutputStream());
        }
    }

    /**
     * The watermark is drawn in memory (internal papers are small) and sent only when complete,
     * so a file that cannot be marked is answered with a message, never with the unmarked file.
     */
    private static byte[] watermarked(Download download, SilianUser me, Locale locale) throws IOException {
        String text = SilianI18nProvider.translate("documents.watermark", locale, me.displayName(), me.getUsername(),
                STAMP.format(LocalDateTime.now(Formats.ZONE)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = download.content().open()) {
            if (UploadRules.PDF.equals(download.contentType())) {
                Watermarks.pdf(in, out, text);
            } else {
                Watermarks.image(in, out, download.contentType(), text);
            }
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletResponse response, int status, String messageKey, Locale locale)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getOutputStream().write(SilianI18nProvider.translate(messageKey, locale).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * RFC 6266: an ASCII stand-in for old clients, and the real (often Chinese) name in UTF-8,
     * which every current browser uses.
     */
    static String disposition(String type, String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
