package cn.silian.documents;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Marks a copy of an internal document with the reader's name and the time, so a leaked
 * print-out or screenshot can be traced. The text is repeated diagonally across every page or
 * image, faint enough to read the content through, often enough that cropping cannot remove it.
 * A file that cannot be marked is refused rather than handed out unmarked.
 */
public final class Watermarks {

    private static final String PDF = "application/pdf";
    private static final String PNG = "image/png";
    private static final String JPEG = "image/jpeg";
    private static final Set<String> SUPPORTED = Set.of(PDF, PNG, JPEG);

    // Readers supply the Adobe CJK font, so nothing is embedded and the marked file stays small.
    private static final String CJK_FONT = "STSong-Light";
    private static final String CJK_ENCODING = "UniGB-UCS2-H";
    private static final float OPACITY = 0.18f;
    private static final float GREY = 0.55f;
    private static final float FOOTER_GREY = 0.4f;
    private static final float FOOTER_SIZE = 7;

    private static final List<String> CJK_FAMILIES =
            List.of("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", "Source Han Sans SC");
    /** More pixels than any photo or scan needs; a larger image is likely a decompression bomb. */
    private static final long MAX_PIXELS = 80_000_000L;
    private static final float JPEG_QUALITY = 0.9f;

    private Watermarks() {
    }

    /** Thrown when a file cannot be read to be marked: damaged, encrypted, or not what its type says. */
    public static final class CannotWatermarkException extends IOException {
        public CannotWatermarkException(String message) {
            super(message);
        }

        public CannotWatermarkException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static boolean supports(String contentType) {
        return contentType != null && SUPPORTED.contains(baseType(contentType));
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    // ---- PDF ---------------------------------------------------------------------------------

    /**
     * Writes a copy of the PDF with the text over the content of every page. Nothing is written
     * to {@code out} unless the whole file could be marked.
     */
    public static void pdf(InputStream in, OutputStream out, String text) throws IOException {
        ByteArrayOutputStream marked = new ByteArrayOutputStream();
        try {
            PdfReader reader = new PdfReader(in);
            // Marking an encrypted file would need its owner password, and removing the
            // encryption would hand out what its author protected.
            if (reader.isEncrypted()) {
                throw new CannotWatermarkException("the PDF is encrypted");
            }
            PdfStamper stamper = new PdfStamper(reader, marked);
            BaseFont font = BaseFont.createFont(CJK_FONT, CJK_ENCODING, BaseFont.NOT_EMBEDDED);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                markPage(stamper.getOverContent(page), visibleArea(reader, page), font, text);
            }
            stamper.close();
            reader.close();
        } catch (CannotWatermarkException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // OpenPDF reports damage as IOExceptions and as runtime exceptions alike.
            throw new CannotWatermarkException("the PDF cannot be read", e);
        } catch (NoClassDefFoundError e) {
            // OpenPDF needs BouncyCastle, which this application does not ship, to even open an
            // encrypted file; such a file is refused like any other encrypted one.
            throw new CannotWatermarkException("the PDF is encrypted", e);
        }
        marked.writeTo(out);
    }

    /** The part of the page a viewer shows, in the turned page's coordinates the stamper draws in. */
    private static Rectangle visibleArea(PdfReader reader, int page) {
        return reader.getPageRotation(page) == 0 ? reader.getCropBox(page) : reader.getPageSizeWithRotation(page);
    }

    private static void markPage(PdfContentByte canvas, Rectangle area, BaseFont font, String text) {
        float width = area.getWidth();
        float height = area.getHeight();
        float size = Math.max(10, Math.min(width, height) / 30);
        float textWidth = font.getWidthPoint(text, size);
        float diagonal = (float) Math.hypot(width, height);
        float columnStep = textWidth + 4 * size;
        float rowStep = 6 * size;
        float centreX = area.getLeft() + width / 2;
        float centreY = area.getBottom() + height / 2;
        double angle = Math.toRadians(45);
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);

        canvas.saveState();
        PdfGState faint = new PdfGState();
        faint.setFillOpacity(OPACITY);
        canvas.setGState(faint);
        canvas.setGrayFill(GREY);
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        // Rows along the diagonal through the page centre, every other one shifted by half a
        // column, reaching the corners whatever the page's proportions.
        int row = 0;
        for (float y = -diagonal / 2; y <= diagonal / 2; y += rowStep, row++) {
            float shift = row % 2 == 0 ? 0 : columnStep / 2;
            for (float x = -diagonal / 2 - shift; x <= diagonal / 2; x += columnStep) {
                canvas.setTextMatrix(cos, sin, -sin, cos, centreX + x * cos - y * sin, centreY + x * sin + y * cos);
                canvas.showText(text);
            }
        }
        canvas.endText();
        canvas.restoreState();

        canvas.saveState();
        canvas.setGrayFill(FOOTER_GREY);
        canvas.beginText();
        canvas.setFontAndSize(font, FOOTER_SIZE);
        canvas.showTextAligned(Element.ALIGN_CENTER, text, centreX, area.getBottom() + 2 * FOOTER_SIZE, 0);
        canvas.endText();
        canvas.restoreState();
    }

    // ---- images ------------------------------------------------------------------------------

    /**
     * Writes a copy of a PNG or JPEG image, same size and format, with the text tiled across it.
     * Nothing is written to {@code out} unless the image could be read. Metadata such as EXIF
     * orientation is not carried over. Another content type is a caller's mistake (see {@link #supports}).
     */
    public static void image(InputStream in, OutputStream out, String contentType, String text) throws IOException {
        String type = contentType == null ? "" : baseType(contentType);
        if (!type.equals(PNG) && !type.equals(JPEG)) {
            throw new IllegalArgumentException("not a supported image type: " + contentType);
        }
        BufferedImage original = read(in);
        boolean jpeg = type.equals(JPEG);
        // JPEG has no alpha channel, and drawing into a palette or grey image would lose the mark's shading.
        BufferedImage marked = new BufferedImage(original.getWidth(), original.getHeight(),
                jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = marked.createGraphics();
        try {
            if (jpeg) {
                // transparent pixels of a mislabelled source would otherwise turn black
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, marked.getWidth(), marked.getHeight());
            }
            g.drawImage(original, 0, 0, null);
            tile(g, marked.getWidth(), marked.getHeight(), text);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        if (jpeg) {
            writeJpeg(marked, encoded);
        } else if (!ImageIO.write(marked, "png", encoded)) {
            throw new IllegalStateException("no PNG writer installed");
        }
        encoded.writeTo(out);
    }

    private static BufferedImage read(InputStream in) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                throw new CannotWatermarkException("not a readable image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new CannotWatermarkException("the image is too large to mark: " + pixels + " pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (CannotWatermarkException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CannotWatermarkException("the image cannot be read", e);
        }
    }

    private static void tile(Graphics2D g, int width, int height, String text) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float size = Math.max(10, Math.min(width, height) / 25f);
        g.setFont(cjkFont(text).deriveFont(size));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, OPACITY));
        g.setColor(new Color(GREY, GREY, GREY));
        FontMetrics metrics = g.getFontMetrics();
        int columnStep = metrics.stringWidth(text) + Math.round(4 * size);
        int rowStep = Math.round(6 * size);
        int diagonal = (int) Math.ceil(Math.hypot(width, height));
        g.translate(width / 2.0, height / 2.0);
        // screen y grows downwards, so a negative angle runs the text up to the right
        g.rotate(Math.toRadians(-45));
        int row = 0;
        for (int y = -diagonal / 2; y <= diagonal / 2; y += rowStep, row++) {
            int shift = row % 2 == 0 ? 0 : columnStep / 2;
            for (int x = -diagonal / 2 - shift; x <= diagonal / 2; x += columnStep) {
                g.drawString(text, x, y);
            }
        }
    }

    /** The first installed CJK font that can show the whole text, else the logical font, which maps to whatever the system has. */
    private static Font cjkFont(String text) {
        Set<String> installed = InstalledFonts.FAMILIES;
        for (String family : CJK_FAMILIES) {
            if (installed.contains(family)) {
                Font font = new Font(family, Font.PLAIN, 12);
                if (font.canDisplayUpTo(text) < 0) {
                    return font;
                }
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    /** Listing the fonts scans the system once, so it is done lazily and kept. */
    private static final class InstalledFonts {
        static final Set<String> FAMILIES =
                Set.copyOf(List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)));
    }

    private static void writeJpeg(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
