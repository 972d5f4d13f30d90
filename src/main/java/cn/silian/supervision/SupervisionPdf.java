package cn.silian.supervision;

import cn.silian.shared.i18n.SilianI18nProvider;
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

/**
 * The supervision status of a year as an A4 landscape PDF: each project with its department,
 * lead, percent done, latest milestone, open problems and, once published, its rating. As
 * {@code cn.silian.performance.RecordPdf}, it uses the reader-supplied CJK font STSong-Light, so
 * the text stays extractable; the service decides which projects the caller may see.
 */
public final class SupervisionPdf {

    public static final String PDF = "application/pdf";
    private static final String CJK_FONT = "STSong-Light";
    private static final String CJK_ENCODING = "UniGB-UCS2-H";

    private SupervisionPdf() {
    }

    public static String fileName(int year, Locale locale) {
        return t("supervision.pdf.file", locale, String.valueOf(year)) + ".pdf";
    }

    static byte[] write(int year, List<ProjectRow> rows, Locale locale, LocalDate printedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            BaseFont base = BaseFont.createFont(CJK_FONT, CJK_ENCODING, BaseFont.NOT_EMBEDDED);
            Font big = new Font(base, 16, Font.BOLD);
            Font normal = new Font(base, 9);
            Font strong = new Font(base, 9, Font.BOLD);
            Font small = new Font(base, 8);
            writer.setPageEvent(new Footer(printedOn, locale, small));
            String title = t("supervision.pdf.title", locale, String.valueOf(year));
            document.addTitle(title);
            document.open();
            Paragraph head = new Paragraph(title, big);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(4);
            document.add(head);
            Paragraph sub = new Paragraph(t("supervision.pdf.subtitle", locale, rows.size(), printedOn.toString()), normal);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(10);
            document.add(sub);
            PdfPTable table = new PdfPTable(new float[]{0.6f, 4.5f, 3.2f, 1.6f, 1.2f, 4.2f, 1.3f, 3.4f});
            table.setWidthPercentage(100);
            for (String h : List.of("supervision.pdf.col.no", "supervision.col.title", "supervision.col.unit",
                    "supervision.col.lead", "supervision.col.percent", "supervision.col.milestone",
                    "supervision.col.problems", "supervision.col.rating")) {
                table.addCell(cell(t(h, locale), strong));
            }
            table.setHeaderRows(1);
            int no = 1;
            for (ProjectRow r : rows) {
                table.addCell(cell(String.valueOf(no++), normal));
                table.addCell(cell(r.title(), normal));
                table.addCell(cell(r.unitName(), normal));
                table.addCell(cell(r.leadName() == null ? t("supervision.lead.none", locale) : r.leadName(), normal));
                table.addCell(cell(r.percentDone() + "%", normal));
                table.addCell(cell(r.latestMilestone() == null ? "" : r.latestMilestone(), normal));
                table.addCell(cell(r.overdueProblems() > 0
                        ? t("supervision.problems.with-overdue", locale, r.openProblems(), r.overdueProblems())
                        : String.valueOf(r.openProblems()), normal));
                table.addCell(cell(r.rating() == null ? t("supervision.rating.unpublished", locale)
                        : figures(r.rating(), locale), normal));
            }
            document.add(table);
            if (rows.isEmpty()) {
                document.add(new Paragraph(t("supervision.list.empty", locale), normal));
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("supervision PDF could not be written", e);
        }
        return out.toByteArray();
    }

    static String figures(RatingFigures f, Locale locale) {
        return t("supervision.rating.figures", locale, f.satisfied(), f.basically(), f.unsatisfied(), f.total(),
                String.valueOf(f.ratePercent()));
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(3);
        return cell;
    }

    private static String t(String key, Locale locale, Object... args) {
        return SilianI18nProvider.translate(key, locale, args);
    }

    /** Every page's foot: its number and the day it was printed. */
    private static final class Footer extends PdfPageEventHelper {
        private final LocalDate printedOn;
        private final Locale locale;
        private final Font font;

        Footer(LocalDate printedOn, Locale locale, Font font) {
            this.printedOn = printedOn;
            this.locale = locale;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(t("supervision.pdf.footer", locale, String.valueOf(writer.getPageNumber()),
                            printedOn.toString()), font), document.right(), document.bottom() - 20, 0);
        }
    }
}
