package cn.silian.demo;

import cn.silian.documents.UploadRules;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDocumentFilesTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theResearchReportIsAPdfOfTwoOrThreePagesWhoseChineseTextCanBeSearched() throws IOException {
        byte[] pdf = DemoDocumentFiles.researchReportPdf();

        assertThat(type(pdf, "关于老旧小区加装电梯工作的调研报告.pdf")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(2, 3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("关于老旧小区加装电梯工作的调研报告", "一、基本情况", "二、存在的问题", "三、意见建议",
                    "人大代表联络站", "资金分摊", "低层住户补偿", "审批流程", "业主意见征集");
        }
    }

    @Test
    void theReportsDraftLacksTheSuggestionsTheFinalVersionHas() throws IOException {
        // a word may wrap onto the next line
        String draft = text(DemoDocumentFiles.researchReportDraftPdf()).replaceAll("\\s+", "");

        assertThat(type(DemoDocumentFiles.researchReportDraftPdf(), "调研报告（征求意见稿）.pdf")).isEqualTo("application/pdf");
        assertThat(draft).contains("关于老旧小区加装电梯工作的调研报告", "征求意见稿", "二、存在的问题", "低层住户补偿")
                .doesNotContain("一窗受理");
        assertThat(text(DemoDocumentFiles.researchReportPdf()).replaceAll("\\s+", "")).contains("一窗受理").doesNotContain("征求意见稿");
    }

    @Test
    void theLibraryGuideIsAOnePagePdf() throws IOException {
        byte[] pdf = DemoDocumentFiles.libraryGuidePdf();

        assertThat(type(pdf, "代表履职工作手册（摘要）.pdf")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("代表履职工作手册（摘要）", "联络站接待工作要求");
        }
    }

    @Test
    void theAgendaIsAWordFileWithDatePlaceAndNumberedItems() throws IOException {
        byte[] docx = DemoDocumentFiles.meetingAgendaDocx();

        assertThat(type(docx, "四级人大代表联组会议议程.docx")).isEqualTo(DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("四级人大代表联组会议议程", "2026 年 11 月 26 日（星期四）",
                    "区人大常委会三楼第一会议室", "一、传达学习", "六、区人大常委会主要领导讲话");
        }
    }

    @Test
    void theReceptionLogIsASpreadsheetWithItsHeaderAndADozenVisits() throws IOException {
        byte[] xlsx = DemoDocumentFiles.receptionLogXlsx();

        assertThat(type(xlsx, "代表联络站接待登记表.xlsx")).isEqualTo(XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("代表联络站接待登记表");
            List<String> header = new ArrayList<>();
            for (Cell cell : sheet.getRow(2)) {
                header.add(cell.getStringCellValue());
            }
            assertThat(header).containsExactly("日期", "来访人", "反映事项", "接待代表", "办理情况");
            int visits = 0;
            for (Row row : sheet) {
                if (row.getRowNum() > 2) {
                    assertThat(row.getCell(0).getLocalDateTimeCellValue().getYear()).isEqualTo(2026);
                    assertThat(row.getCell(2).getStringCellValue()).isNotBlank();
                    visits++;
                }
            }
            assertThat(visits).isEqualTo(12);
        }
    }

    @Test
    void theStationNoticeIsUtf8PlainText() {
        byte[] txt = DemoDocumentFiles.stationNoticeTxt();

        assertThat(type(txt, "联络站接待日安排.txt")).isEqualTo("text/plain");
        assertThat(new String(txt, StandardCharsets.UTF_8)).startsWith("联络站接待日安排").contains("10 月 14 日");
    }

    @Test
    void theFilesAreTheSameEveryTime() {
        assertThat(DemoDocumentFiles.stationNoticeTxt()).isEqualTo(DemoDocumentFiles.stationNoticeTxt());
        assertThat(text(DemoDocumentFiles.researchReportPdf())).isEqualTo(text(DemoDocumentFiles.researchReportPdf()));
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String type(byte[] bytes, String name) {
        assertThat(bytes).isNotEmpty();
        return UploadRules.contentType(new BufferedInputStream(new ByteArrayInputStream(bytes)), name);
    }
}
