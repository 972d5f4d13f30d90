package cn.silian.documents.ui;

import cn.silian.documents.SpaceKind;
import com.vaadin.flow.component.Component;

import java.util.Locale;

/** How documents are shown: sizes, types and space names in the reader's language. */
final class DocumentTexts {

    private DocumentTexts() {
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    static String type(Component context, String contentType) {
        String key = switch (contentType) {
            case "application/pdf" -> "pdf";
            case "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "word";
            case "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "excel";
            case "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> "powerpoint";
            case "text/plain" -> "text";
            case "image/png", "image/jpeg" -> "image";
            case "application/zip" -> "zip";
            default -> "other";
        };
        return context.getTranslation("documents.type." + key);
    }

    static boolean viewable(String contentType) {
        return "application/pdf".equals(contentType) || "image/png".equals(contentType) || "image/jpeg".equals(contentType);
    }

    static String spaceKind(Component context, SpaceKind kind) {
        return context.getTranslation("documents.space." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** A title made from a file name: without its extension. */
    static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
