package cn.silian.meetings;

import cn.silian.people.Level;
import cn.silian.shared.Formats;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A meeting's attendance sheet (who came, who was late or absent and why, with the figures per
 * level) and its sign-in sheet (the invitees with an empty column to sign), as Excel and PDF.
 * Plain Java: the services decide who may read the rows; this class only lays them out.
 * Texts come from the caller's {@code text} function (a message key to the user's language).
 * The PDF uses the Adobe CJK font STSong-Light, which readers supply, so no font is embedded.
 */
public final class AttendanceSheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private static final String CJK_FONT = "STSong-Light";
    private static final String CJK_ENCODING = "UniGB-UCS2-H";
    private static final int MAX_WIDTH_CHARS = 40;

    private AttendanceSheets() {
    }

    /** What a sheet shows: its title line (meeting, time, place), and the rows of the service. */
    public record Sheet(String title, String subtitle, List<InvitationRow> rows, AttendanceFigures figures) {
        public Sheet {
            rows = List.copyOf(rows);
        }
    }

    public static byte[] attendanceExcel(Sheet sheet, Function<String, String> text) {
        return excel(sheet.title(), sheet.subtitle(), attendanceHeaders(text), attendanceRows(sheet, text),
                figureRows(sheet.figures(), text), text);
    }

    public static byte[] signInExcel(Sheet sheet, Function<String, String> text) {
        return excel(sheet.title(), sheet.subtitle(), signInHeaders(text), signInRows(sheet, text), null, text);
    }

    public static byte[] attendancePdf(Sheet sheet, Function<String, String> text) {
        return pdf(sheet.title(), sheet.subtitle(), attendanceHeaders(text), attendanceRows(sheet, text),
                figureRows(sheet.figures(), text), text, new float[]{1, 3, 2, 3, 2, 2, 3, 4});
    }

    public static byte[] signInPdf(Sheet sheet, Function<String, String> text) {
        return pdf(sheet.title(), sheet.subtitle(), signInHeaders(text), signInRows(sheet, text), null, text,
                new float[]{1, 3, 2, 3, 6});
    }

    // ---- content -----------------------------------------------------------------------------

    private static List<String> attendanceHeaders(Function<String, String> t) {
        return List.of(t.apply("meeting.sheet.no"), t.apply("meeting.sheet.name"), t.apply("meeting.sheet.level"),
                t.apply("meeting.sheet.street"), t.apply("meeting.sheet.answer"), t.apply("meeting.sheet.attendance"),
                t.apply("meeting.sheet.checked-in-at"), t.apply("meeting.sheet.reason"));
    }

    private static List<String> signInHeaders(Function<String, String> t) {
        return List.of(t.apply("meeting.sheet.no"), t.apply("meeting.sheet.name"), t.apply("meeting.sheet.level"),
                t.apply("meeting.sheet.street"), t.apply("meeting.sheet.signature"));
    }

    private static List<List<String>> attendanceRows(Sheet sheet, Function<String, String> t) {
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (InvitationRow r : sheet.rows()) {
            String reason = r.attendance() == Attendance.ABSENT ? r.absenceReason()
                    : r.rsvp() == Rsvp.DECLINED ? r.rsvpReason()
                    : r.rsvp() == Rsvp.DELEGATE ? r.delegateName() : null;
            rows.add(List.of(String.valueOf(no++), nz(r.name()), r.level() == null ? "" : t.apply(r.level().messageKey()),
                    nz(r.streetName()), t.apply(r.rsvp().messageKey()),
                    r.attendance() == null ? t.apply("meeting.attendance.none") : t.apply(r.attendance().messageKey()),
                    Formats.dateTimeShort(r.checkedInAt()), nz(reason)));
        }
        return rows;
    }

    private static List<List<String>> signInRows(Sheet sheet, Function<String, String> t) {
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (InvitationRow r : sheet.rows()) {
            rows.add(List.of(String.valueOf(no++), nz(r.name()), r.level() == null ? "" : t.apply(r.level().messageKey()),
                    nz(r.streetName()), ""));
        }
        return rows;
    }

    /** The figures per level, headers first; null when the sheet has none. */
    private static List<List<String>> figureRows(AttendanceFigures figures, Function<String, String> t) {
        if (figures == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.apply("meeting.sheet.level"), t.apply("meeting.figures.invited"), t.apply("meeting.figures.present"),
                t.apply("meeting.figures.late"), t.apply("meeting.figures.absent"), t.apply("meeting.figures.unknown")));
        for (Map.Entry<Level, AttendanceFigures.Row> e : figures.byLevel().entrySet()) {
            rows.add(figureRow(t.apply(e.getKey().messageKey()), e.getValue()));
        }
        rows.add(figureRow(t.apply("meeting.figures.total"), figures.total()));
        return rows;
    }

    private static List<String> figureRow(String label, AttendanceFigures.Row r) {
        return List.of(label, String.valueOf(r.invited()), String.valueOf(r.present()), String.valueOf(r.late()),
                String.valueOf(r.absent()), String.valueOf(r.unknown()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- Excel -------------------------------------------------------------------------------

    private static byte[] excel(String title, String subtitle, List<String> headers, List<List<String>> rows,
                                List<List<String>> figures, Function<String, String> t) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(t.apply("meeting.sheet.tab"));
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(bold);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle cell = workbook.createCellStyle();
            cell.setBorderBottom(BorderStyle.HAIR);
            int[] widths = new int[headers.size()];
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(r++).createCell(0).setCellValue(subtitle);
            r++;
            if (figures != null) {
                for (int i = 0; i < figures.size(); i++) {
                    r = writeRow(sheet, r, figures.get(i), i == 0 || i == figures.size() - 1 ? header : cell, widths);
                }
                r++;
            }
            r = writeRow(sheet, r, headers, header, widths);
            for (List<String> row : rows) {
                Row written = sheet.createRow(r);
                r = writeRow(sheet, r, row, cell, widths);
                if (figures == null) {
                    // a sign-in sheet is signed by hand: rows high enough for a signature
                    written.setHeightInPoints(28);
                }
            }
            for (int i = 0; i < widths.length; i++) {
                int chars = Math.max(widths[i], i == widths.length - 1 && figures == null ? 24 : 6);
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH_CHARS, chars + 2) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int writeRow(org.apache.poi.ss.usermodel.Sheet sheet, int r, List<String> values, CellStyle style, int[] widths) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(values.get(c));
            cell.setCellStyle(style);
            if (c < widths.length) {
                // CJK characters take two columns of width
                int w = values.get(c).codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
                widths[c] = Math.max(widths[c], w);
            }
        }
        return r + 1;
    }

    // ---- PDF ---------------------------------------------------------------------------------

    private static byte[] pdf(String title, String subtitle, List<String> headers, List<List<String>> rows,
                              List<List<String>> figures, Function<String, String> t, float[] widths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont base = BaseFont.createFont(CJK_FONT, CJK_ENCODING, BaseFont.NOT_EMBEDDED);
            Font big = new Font(base, 16, Font.BOLD);
            Font normal = new Font(base, 10);
            Font strong = new Font(base, 10, Font.BOLD);
            document.addTitle(title);
            document.open();
            Paragraph heading = new Paragraph(title, big);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph sub = new Paragraph(subtitle, normal);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            document.add(sub);
            if (figures != null) {
                PdfPTable table = new PdfPTable(figures.getFirst().size());
                table.setWidthPercentage(100);
                table.setSpacingAfter(12);
                for (int i = 0; i < figures.size(); i++) {
                    boolean emphasis = i == 0 || i == figures.size() - 1;
                    for (String v : figures.get(i)) {
                        table.addCell(cell(v, emphasis ? strong : normal, 0));
                    }
                }
                table.setHeaderRows(1);
                document.add(table);
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            for (String h : headers) {
                table.addCell(cell(h, strong, 0));
            }
            table.setHeaderRows(1);
            float height = figures == null ? 28 : 0;
            for (List<String> row : rows) {
                for (String v : row) {
                    table.addCell(cell(v, normal, height));
                }
            }
            document.add(table);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("PDF sheet could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String value, Font font, float minHeight) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(4);
        if (minHeight > 0) {
            cell.setMinimumHeight(minHeight);
        }
        return cell;
    }
}
