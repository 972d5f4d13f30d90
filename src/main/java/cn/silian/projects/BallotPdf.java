package cn.silian.projects;

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
import java.util.Locale;

/**
 * A ballot's result as an A4 PDF: the title, the session, who could vote and how many did, then
 * each candidate with its votes, rank and outcome, every page numbered. Uses the Adobe CJK font
 * STSong-Light, as {@code cn.silian.performance.RecordPdf} does, so the text stays extractable.
 */
final class BallotPdf {

    private static final String CJK_FONT = "STSong-Light";
    private static final String CJK_ENCODING = "UniGB-UCS2-H";

    private BallotPdf() {
    }

    static byte[] write(BallotResult r, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 42, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            BaseFont base = BaseFont.createFont(CJK_FONT, CJK_ENCODING, BaseFont.NOT_EMBEDDED);
            Font big = new Font(base, 16, Font.BOLD);
            Font normal = new Font(base, 10);
            Font strong = new Font(base, 10, Font.BOLD);
            Font small = new Font(base, 8);
            writer.setPageEvent(new Footer(r.title(), locale, small));
            document.addTitle(r.title());
            document.open();
            Paragraph head = new Paragraph(r.title(), big);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph session = new Paragraph(t("ballot.pdf.session", locale, r.sessionDate().toString()), normal);
            session.setAlignment(Element.ALIGN_CENTER);
            document.add(session);
            Paragraph figures = new Paragraph(t("ballot.result.figures", locale, r.eligible(), r.cast(), r.electronic(),
                    r.paper(), r.invalid(), r.valid(), String.valueOf(r.turnoutPercent())), normal);
            figures.setSpacingBefore(8);
            document.add(figures);
            Paragraph rule = new Paragraph(t("ballot.pdf.rule", locale, r.maxChoices(), t(r.threshold().messageKey(), locale),
                    t(r.tieRule().messageKey(), locale)), normal);
            rule.setSpacingAfter(10);
            document.add(rule);
            PdfPTable table = new PdfPTable(new float[]{1, 6, 2, 3});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : new String[]{"ballot.result.rank", "ballot.result.project", "ballot.result.votes",
                    "ballot.result.outcome"}) {
                table.addCell(cell(t(h, locale), strong));
            }
            for (BallotResult.Line l : r.lines()) {
                table.addCell(cell(String.valueOf(l.rank()), normal));
                table.addCell(cell(l.title(), normal));
                table.addCell(cell(String.valueOf(l.votes()), normal));
                table.addCell(cell(t(l.outcome().messageKey(), locale), normal));
            }
            document.add(table);
            Paragraph adopted = new Paragraph(t("ballot.result.adopted-count", locale, r.adopted()), strong);
            adopted.setSpacingBefore(10);
            document.add(adopted);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("ballot result PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(3);
        return cell;
    }

    static String t(String key, Locale locale, Object... args) {
        return SilianI18nProvider.translate(key, locale, args);
    }

    private static final class Footer extends PdfPageEventHelper {
        private final String left;
        private final Locale locale;
        private final Font font;

        Footer(String left, Locale locale, Font font) {
            this.left = left;
            this.locale = locale;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float y = document.bottom() - 20;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(left, font),
                    document.left(), y, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(t("ballot.pdf.page", locale, String.valueOf(writer.getPageNumber())), font),
                    document.right(), y, 0);
        }
    }
}
