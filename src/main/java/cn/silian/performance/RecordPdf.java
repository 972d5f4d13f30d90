package cn.silian.performance;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A deputy's record as an A4 PDF for the archive: the title, his points by group and duty, then
 * each section as a table, every page numbered with the day it was printed. Plain Java: the
 * service decides who may read the record; this class only lays it out. The PDF uses the Adobe
 * CJK font STSong-Light, which readers supply, so no font is embedded and the text stays
 * extractable.
 */
public final class RecordPdf {

    public static final String PDF = "application/pdf";

    private static final String CJK_FONT = "STSong-Light";
    private static final String CJK_ENCODING = "UniGB-UCS2-H";

    private RecordPdf() {
    }

    /** The file's name: the record's title, e.g. {@code 履职档案-陈志强-2026.pdf}. */
    public static String fileName(DeputyRecord record, Locale locale) {
        return RecordService.text("record.pdf.file", locale, record.name(), String.valueOf(record.year())) + ".pdf";
    }

    static byte[] write(DeputyRecord record, Locale locale, LocalDate printedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 42, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            BaseFont base = BaseFont.createFont(CJK_FONT, CJK_ENCODING, BaseFont.NOT_EMBEDDED);
            Font big = new Font(base, 16, Font.BOLD);
            Font heading = new Font(base, 12, Font.BOLD);
            Font normal = new Font(base, 9);
            Font strong = new Font(base, 9, Font.BOLD);
            Font small = new Font(base, 8);
            writer.setPageEvent(new Footer(t("record.pdf.footer-left", locale, record.name(), String.valueOf(record.year())),
                    printedOn, locale, small));
            String title = t("record.title", locale, record.name(), String.valueOf(record.year()));
            document.addTitle(title);
            document.open();

            Paragraph head = new Paragraph(title, big);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph sub = new Paragraph(record.streetName() == null
                    ? t("record.subtitle.no-street", locale, String.valueOf(record.year()))
                    : t("record.subtitle", locale, record.streetName(), String.valueOf(record.year())), normal);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            document.add(sub);

            document.add(sectionHeading(t("record.points", locale), heading));
            document.add(pointsTable(record, locale, normal, strong));

            int no = 1;
            for (DeputyRecord.Section s : record.sections()) {
                document.add(sectionHeading(t("record.pdf.section", locale, String.valueOf(no++), s.title(),
                        String.valueOf(s.count())), heading));
                String counts = s.counts().size() > 1 ? s.counts().stream()
                        .map(c -> t("record.count", locale, c.label(), String.valueOf(c.count())))
                        .collect(Collectors.joining(" · ")) : null;
                if (counts != null) {
                    document.add(new Paragraph(counts, normal));
                }
                if (s.items().isEmpty()) {
                    document.add(new Paragraph(t("record.none", locale), normal));
                    continue;
                }
                document.add(itemsTable(s.items(), locale, normal, strong));
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("PDF record could not be written", e);
        }
        return out.toByteArray();
    }

    private static Paragraph sectionHeading(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable pointsTable(DeputyRecord record, Locale locale, Font normal, Font strong) {
        PdfPTable table = new PdfPTable(new float[]{4, 6, 2, 2});
        table.setWidthPercentage(100);
        for (String h : List.of(t("record.col.group", locale), t("record.col.duty", locale),
                t("record.col.entries", locale), t("record.col.points", locale))) {
            table.addCell(cell(h, strong));
        }
        table.setHeaderRows(1);
        for (DeputyRecord.GroupPoints g : record.points()) {
            if (g.duties().isEmpty()) {
                table.addCell(cell(g.name(), strong));
                table.addCell(cell("", normal));
                table.addCell(cell("", normal));
                table.addCell(cell(String.valueOf(g.points()), strong));
                continue;
            }
            for (DeputyRecord.DutyLine d : g.duties()) {
                table.addCell(cell(g.name(), normal));
                table.addCell(cell(d.name(), normal));
                table.addCell(cell(String.valueOf(d.entries()), normal));
                table.addCell(cell(String.valueOf(d.counted()), normal));
            }
            table.addCell(cell(t("record.subtotal", locale, g.name()), strong));
            table.addCell(cell("", normal));
            table.addCell(cell("", normal));
            table.addCell(cell(String.valueOf(g.points()), strong));
        }
        table.addCell(cell(t("record.total", locale), strong));
        table.addCell(cell("", normal));
        table.addCell(cell("", normal));
        table.addCell(cell(String.valueOf(record.total()), strong));
        return table;
    }

    private static PdfPTable itemsTable(List<DeputyRecord.Item> items, Locale locale, Font normal, Font strong) {
        PdfPTable table = new PdfPTable(new float[]{2.2f, 2.6f, 5, 4.2f});
        table.setWidthPercentage(100);
        for (String h : List.of(t("record.col.date", locale), t("record.col.kind", locale),
                t("record.col.title", locale), t("record.col.detail", locale))) {
            table.addCell(cell(h, strong));
        }
        table.setHeaderRows(1);
        for (DeputyRecord.Item i : items) {
            table.addCell(cell(i.on().toString(), normal));
            table.addCell(cell(i.kindLabel(), normal));
            table.addCell(cell(i.title(), normal));
            table.addCell(cell(i.detail(), normal));
        }
        return table;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(3);
        return cell;
    }

    private static String t(String key, Locale locale, Object... args) {
        return RecordService.text(key, locale, args);
    }

    /** Every page's foot: whose record, the page's number and the day it was printed. */
    private static final class Footer extends PdfPageEventHelper {
        private final String left;
        private final LocalDate printedOn;
        private final Locale locale;
        private final Font font;

        Footer(String left, LocalDate printedOn, Locale locale, Font font) {
            this.left = left;
            this.printedOn = printedOn;
            this.locale = locale;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float y = document.bottom() - 20;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(left, font),
                    document.left(), y, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(t("record.pdf.footer", locale, String.valueOf(writer.getPageNumber()),
                            printedOn.toString()), font), document.right(), y, 0);
        }
    }
}
