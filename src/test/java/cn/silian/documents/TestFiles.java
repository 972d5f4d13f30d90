package cn.silian.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Files made in the tests: PDFs with Chinese text, Word files, a zip bomb, and large or broken streams. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] chinesePdf(String... paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document();
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        try {
            Font font = new Font(BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED), 12);
            for (String p : paragraphs) {
                pdf.add(new Paragraph(p, font));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pdf.close();
        return out.toByteArray();
    }

    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small archive that would expand to {@code expandedMegabytes} of zeros. */
    static byte[] zipBomb(String entryName, int expandedMegabytes) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < expandedMegabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word file that reads as one (content types, relations) but whose document part would
     * expand to {@code expandedMegabytes} of well-formed XML: what a reader that trusted it would
     * load whole.
     */
    static byte[] wordBomb(int expandedMegabytes) {
        try (ZipInputStream real = new ZipInputStream(new ByteArrayInputStream(docx("炸弹")));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = real.getNextEntry(); entry != null; entry = real.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < expandedMegabytes; i++) {
                        zip.write(blanks);
                    }
                    zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    real.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code size} bytes that begin as a PDF does and go on with pseudo-random bytes, the same on
     * every run. They are made as they are read, so no test holds a large file in memory.
     */
    static InputStream pdfLike(long size) {
        return new Generated(size, -1);
    }

    /** A PDF-like upload whose connection breaks after {@code bytes}: reading on throws. */
    static InputStream failingAfter(long bytes) {
        return new Generated(Long.MAX_VALUE, bytes);
    }

    private static final class Generated extends InputStream {
        private static final byte[] HEADER = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

        private final long size;
        private final long failAt;
        private long position;
        private long state = 0x9E3779B97F4A7C15L;

        Generated(long size, long failAt) {
            this.size = size;
            this.failAt = failAt;
        }

        @Override
        public int read() throws IOException {
            if (position >= size) {
                return -1;
            }
            check();
            return next();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= size) {
                return -1;
            }
            check();
            long end = Math.min(size, position + length);
            if (failAt >= 0) {
                end = Math.min(end, failAt);
            }
            int n = (int) (end - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) next();
            }
            return n;
        }

        private void check() throws IOException {
            if (failAt >= 0 && position >= failAt) {
                throw new IOException("connection reset by peer");
            }
        }

        private int next() {
            int b;
            if (position < HEADER.length) {
                b = HEADER[(int) position];
            } else {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                b = (int) (state & 0xFF);
            }
            position++;
            return b;
        }
    }
}
