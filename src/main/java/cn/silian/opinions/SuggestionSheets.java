package cn.silian.opinions;

import cn.silian.shared.Formats;
import cn.silian.shared.PersonName;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The suggestion register of a year (Excel) and one suggestion with its timeline and answers
 * (PDF). Plain layout: {@link SuggestionExports} decides what the caller may see and turns it
 * into text; {@code text} turns a message key into the caller's language. The PDF uses the Adobe
 * CJK font STSong-Light, which readers supply, so its Chinese text stays extractable and small.
 */
final class SuggestionSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    /** The register's columns, as message keys, in the order of {@link RegisterRow#cells()}. */
    static final List<String> REGISTER_HEADERS = List.of("export.suggestion.number", "export.suggestion.title",
            "export.suggestion.lead", "export.suggestion.cosigners", "export.suggestion.level",
            "export.suggestion.category", "export.suggestion.state", "export.suggestion.lead-unit",
            "export.suggestion.co-units", "export.suggestion.due", "export.suggestion.answered-on",
            "export.suggestion.answer-category", "export.suggestion.rating", "export.suggestion.key",
            "export.suggestion.published");

    private static final String CJK_FONT = "STSong-Light";
    private static final String CJK_ENCODING = "UniGB-UCS2-H";
    private static final int MAX_WIDTH_CHARS = 50;
    // rows kept in memory while a large register streams to its temporary file
    private static final int WINDOW = 200;

    private SuggestionSheets() {
    }

    /** One line of the register, already in the caller's language. */
    record RegisterRow(String number, String title, String lead, String cosigners, String level, String category,
                       String state, String leadUnit, String coUnits, String due, String answeredOn,
                       String answerCategory, String rating, String key, String published) {

        List<String> cells() {
            return List.of(number, title, lead, cosigners, level, category, state, leadUnit, coUnits, due, answeredOn,
                    answerCategory, rating, key, published);
        }
    }

    /** Writes the register as one sheet: a title line, the headers, a row per suggestion. */
    static byte[] register(String title, List<RegisterRow> rows, Function<String, String> text) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(text.apply("export.suggestion.tab"));
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(bold);
            header.setBorderBottom(BorderStyle.THIN);
            int[] widths = new int[REGISTER_HEADERS.size()];
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            write(sheet.createRow(2), REGISTER_HEADERS.stream().map(text).toList(), header, widths);
            int r = 3;
            for (RegisterRow row : rows) {
                write(sheet.createRow(r++), row.cells(), null, widths);
            }
            sheet.createFreezePane(2, 3);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH_CHARS, Math.max(widths[i], 6) + 2) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void write(Row row, List<String> values, CellStyle style, int[] widths) {
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c) == null ? "" : values.get(c);
            var cell = row.createCell(c);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
            // CJK characters take two columns of width
            widths[c] = Math.max(widths[c], value.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum());
        }
    }

    // ---- PDF ---------------------------------------------------------------------------------

    /** What the PDF shows, already in the caller's language. */
    record Printout(String heading, List<String[]> facts, String body, List<String[]> steps, List<Answer> answers) {
    }

    /** One round's answer and its rating, as lines of text. */
    record Answer(String heading, String text, String rating) {
    }

    static byte[] pdf(Printout sheet, Function<String, String> text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont base = BaseFont.createFont(CJK_FONT, CJK_ENCODING, BaseFont.NOT_EMBEDDED);
            Font big = new Font(base, 16, Font.BOLD);
            Font section = new Font(base, 12, Font.BOLD);
            Font normal = new Font(base, 10);
            Font strong = new Font(base, 10, Font.BOLD);
            document.addTitle(sheet.heading());
            document.open();
            Paragraph heading = new Paragraph(sheet.heading(), big);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(12);
            document.add(heading);

            PdfPTable facts = new PdfPTable(new float[]{1, 3});
            facts.setWidthPercentage(100);
            for (String[] fact : sheet.facts()) {
                facts.addCell(cell(fact[0], strong));
                facts.addCell(cell(fact[1], normal));
            }
            facts.setSpacingAfter(12);
            document.add(facts);

            document.add(titled(text.apply("export.suggestion.body"), section));
            Paragraph body = new Paragraph(sheet.body(), normal);
            body.setLeading(16);
            body.setSpacingAfter(12);
            document.add(body);

            document.add(titled(text.apply("export.suggestion.answers"), section));
            if (sheet.answers().isEmpty()) {
                document.add(new Paragraph(text.apply("export.suggestion.no-answer"), normal));
            }
            for (Answer a : sheet.answers()) {
                document.add(new Paragraph(a.heading(), strong));
                Paragraph answer = new Paragraph(a.text(), normal);
                answer.setLeading(16);
                document.add(answer);
                if (a.rating() != null) {
                    document.add(new Paragraph(a.rating(), normal));
                }
                document.add(new Paragraph(Chunk.NEWLINE));
            }

            document.add(titled(text.apply("export.suggestion.timeline"), section));
            PdfPTable steps = new PdfPTable(new float[]{3, 3, 3, 5});
            steps.setWidthPercentage(100);
            for (String h : List.of("export.suggestion.step-at", "export.suggestion.step", "export.suggestion.step-by",
                    "export.suggestion.step-comment")) {
                steps.addCell(cell(text.apply(h), strong));
            }
            steps.setHeaderRows(1);
            for (String[] step : sheet.steps()) {
                for (String v : step) {
                    steps.addCell(cell(v, normal));
                }
            }
            document.add(steps);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("suggestion PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static Paragraph titled(String title, Font font) {
        Paragraph p = new Paragraph(title, font);
        p.setSpacingBefore(6);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setPadding(4);
        return cell;
    }

    static String name(PersonName person, Function<String, String> text) {
        if (person == null || person.isSystem()) {
            return text.apply("export.suggestion.system");
        }
        return person.displayName();
    }

    static String when(java.time.Instant at) {
        return Formats.dateTimeShort(at);
    }
}
