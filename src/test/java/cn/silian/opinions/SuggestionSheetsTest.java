package cn.silian.opinions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionSheetsTest {

    /** Texts as the service passes them: here the key itself, with one Chinese word to prove CJK survives. */
    private static final Function<String, String> TEXT = key -> key.equals("export.suggestion.timeline") ? "办理过程" : key;

    @Test
    void theRegisterHasAHeaderAndARowPerSuggestion() throws IOException {
        List<SuggestionSheets.RegisterRow> rows = List.of(
                new SuggestionSheets.RegisterRow("2026-001", "关于加快推进老旧小区加装电梯工作的建议", "陈志强", "刘海燕、王建国",
                        "区级", "城市建设", "已答复", "区住房和城乡建设局", "区财政局", "2026-06-30", "2026-05-20",
                        "A类（已解决）", "满意", "是", ""),
                new SuggestionSheets.RegisterRow("", "关于优化城郊公交线路的建议", "赵敏", "", "市级", "交通出行", "已提交",
                        "", "", "", "", "", "", "", ""));
        List<String> cells = cells(SuggestionSheets.register("2026年代表建议登记表", rows, TEXT));
        assertThat(cells).contains("2026年代表建议登记表", "export.suggestion.number", "export.suggestion.published",
                "2026-001", "关于加快推进老旧小区加装电梯工作的建议", "刘海燕、王建国", "区住房和城乡建设局", "满意",
                "关于优化城郊公交线路的建议", "赵敏");
    }

    @Test
    void theSuggestionPdfCarriesItsChineseTextTimelineAndAnswer() throws IOException {
        SuggestionSheets.Printout printout = new SuggestionSheets.Printout("关于加快推进老旧小区加装电梯工作的建议",
                List.<String[]>of(new String[]{"编号", "2026-001"}, new String[]{"领衔代表", "陈志强（区级）"}),
                SimilarityTexts.ELEVATOR_BODY,
                List.<String[]>of(new String[]{"2026-03-02 09:00", "提交", "陈志强", ""},
                        new String[]{"2026-03-05 10:30", "交办", "人大办 李娜", "请住建局主办"}),
                List.of(new SuggestionSheets.Answer("第1轮 区住房和城乡建设局 A类", "已制定加装电梯补贴办法，今年完成二十台。",
                        "满意度：满意")));
        byte[] pdf = SuggestionSheets.pdf(printout, TEXT);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isLessThan(100_000);
        String text = text(pdf);
        assertThat(text).contains("关于加快推进老旧小区加装电梯工作的建议", "2026-001", "陈志强", "办理过程", "请住建局主办",
                "已制定加装电梯补贴办法", "满意度：满意");
        // the body is there as text, not as a picture of it
        assertThat(text.replaceAll("\\s", "")).contains("推动老旧小区加装电梯");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> cells(byte[] xlsx) throws IOException {
        List<String> found = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    found.add(cell.getStringCellValue());
                }
            }
        }
        return found;
    }
}
