package cn.silian.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatermarksTest {

    private static final String MARK = "张伟 zhangwei 2026-11-23 14:05 内部资料";

    @Test
    void supportsPdfPngAndJpegOnly() {
        assertThat(Watermarks.supports("application/pdf")).isTrue();
        assertThat(Watermarks.supports("image/png")).isTrue();
        assertThat(Watermarks.supports("image/jpeg")).isTrue();
        assertThat(Watermarks.supports("text/plain")).isFalse();
        assertThat(Watermarks.supports("application/zip")).isFalse();
        assertThat(Watermarks.supports(null)).isFalse();
    }

    @Test
    void everyPageOfAPdfCarriesTheReadersNameAndTheTimeInTextThatCanBeFound() throws IOException {
        byte[] marked = markPdf(twoPagePdf());

        try (PDDocument document = Loader.loadPDF(marked)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            for (int page = 1; page <= 2; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).contains("老旧小区加装电梯", MARK);
            }
        }
    }

    @Test
    void aDamagedPdfIsRefusedAndNothingIsWritten() throws IOException {
        byte[] pdf = twoPagePdf();
        byte[] damaged = Arrays.copyOf(pdf, pdf.length / 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> Watermarks.pdf(new ByteArrayInputStream(damaged), out, MARK))
                .isInstanceOf(Watermarks.CannotWatermarkException.class);
        assertThatThrownBy(() -> Watermarks.pdf(new ByteArrayInputStream("not a pdf".getBytes(StandardCharsets.UTF_8)),
                out, MARK)).isInstanceOf(Watermarks.CannotWatermarkException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void anEncryptedPdfIsRefusedWhetherItNeedsAPasswordToOpenOrOnlyToChange() throws IOException {
        for (String userPassword : new String[]{"open-sesame", ""}) {
            byte[] encrypted = encrypt(twoPagePdf(), userPassword);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertThatThrownBy(() -> Watermarks.pdf(new ByteArrayInputStream(encrypted), out, MARK))
                    .isInstanceOf(Watermarks.CannotWatermarkException.class);
            assertThat(out.size()).isZero();
        }
    }

    @Test
    void aPngKeepsItsSizeAndFormatAndIsVisiblyMarked() throws IOException {
        BufferedImage original = picture(640, 400, BufferedImage.TYPE_INT_ARGB);
        byte[] marked = markImage(encode(original, "png"), "image/png");

        assertThat(new String(marked, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        BufferedImage result = ImageIO.read(new ByteArrayInputStream(marked));
        assertThat(result.getWidth()).isEqualTo(640);
        assertThat(result.getHeight()).isEqualTo(400);
        assertThat(changedShare(original, result)).isGreaterThan(0.02);
    }

    @Test
    void aJpegWithoutAlphaKeepsItsSizeAndFormatAndIsVisiblyMarked() throws IOException {
        BufferedImage picture = picture(800, 600, BufferedImage.TYPE_INT_RGB);
        byte[] jpeg = encode(picture, "jpeg");
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(jpeg));

        byte[] marked = markImage(jpeg, "image/jpeg");

        assertThat(marked[0] & 0xFF).isEqualTo(0xFF);
        assertThat(marked[1] & 0xFF).isEqualTo(0xD8);
        BufferedImage result = ImageIO.read(new ByteArrayInputStream(marked));
        assertThat(result.getWidth()).isEqualTo(800);
        assertThat(result.getHeight()).isEqualTo(600);
        assertThat(changedShare(original, result)).isGreaterThan(0.02);
    }

    @Test
    void bytesThatAreNoImageAreRefusedAndNothingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] text = "这不是图片".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Watermarks.image(new ByteArrayInputStream(text), out, "image/png", MARK))
                .isInstanceOf(Watermarks.CannotWatermarkException.class);
        byte[] png = encode(picture(100, 100, BufferedImage.TYPE_INT_RGB), "png");
        byte[] truncated = Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> Watermarks.image(new ByteArrayInputStream(truncated), out, "image/png", MARK))
                .isInstanceOf(Watermarks.CannotWatermarkException.class);
        assertThat(out.size()).isZero();
    }

    private static byte[] markPdf(byte[] pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Watermarks.pdf(new ByteArrayInputStream(pdf), out, MARK);
        return out.toByteArray();
    }

    private static byte[] markImage(byte[] image, String type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Watermarks.image(new ByteArrayInputStream(image), out, type, MARK);
        return out.toByteArray();
    }

    private static byte[] twoPagePdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        Font font = new Font(BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED), 12);
        document.open();
        document.add(new Paragraph("关于老旧小区加装电梯工作的调研报告", font));
        document.newPage();
        document.add(new Paragraph("第二页：老旧小区加装电梯的资金分摊", font));
        document.close();
        return out.toByteArray();
    }

    private static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 90, 160));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The share of pixels whose colour moved noticeably, more than re-encoding alone would. */
    private static double changedShare(BufferedImage before, BufferedImage after) {
        long changed = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                Color a = new Color(before.getRGB(x, y));
                Color b = new Color(after.getRGB(x, y));
                int distance = Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                        + Math.abs(a.getBlue() - b.getBlue());
                if (distance > 24) {
                    changed++;
                }
            }
        }
        return (double) changed / ((long) before.getWidth() * before.getHeight());
    }
}
