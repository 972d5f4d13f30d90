package cn.silian.meetings;

import cn.silian.people.Level;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceSheetsTest {

    /** Texts as the view passes them: here the key itself, with one Chinese word to prove CJK survives. */
    private static final Function<String, String> TEXT = key -> key.equals("meeting.sheet.signature") ? "签名" : key;

    private static AttendanceSheets.Sheet sheet() {
        List<InvitationRow> rows = List.of(
                new InvitationRow(1L, 11L, "陈志强", Level.DISTRICT, "城关街道", Rsvp.ACCEPTED, null, null,
                        Attendance.LATE, Instant.parse("2026-03-01T01:20:00Z"), null, 0),
                new InvitationRow(2L, 12L, "刘海燕", Level.NATIONAL, "城关街道", Rsvp.DECLINED, "出差", null,
                        Attendance.ABSENT, null, "在外地开会", 0));
        Map<Level, AttendanceFigures.Row> byLevel = new EnumMap<>(Level.class);
        byLevel.put(Level.NATIONAL, new AttendanceFigures.Row(1, 0, 0, 1, 0));
        byLevel.put(Level.DISTRICT, new AttendanceFigures.Row(1, 0, 1, 0, 0));
        return new AttendanceSheets.Sheet("四级人大代表联席会", "2026-03-01 09:00 三楼会议室", rows,
                new AttendanceFigures(byLevel, new AttendanceFigures.Row(2, 0, 1, 1, 0)));
    }

    @Test
    void theAttendanceSheetInExcelListsEveryoneWithTheFiguresPerLevel() throws IOException {
        List<String> cells = cells(AttendanceSheets.attendanceExcel(sheet(), TEXT));
        assertThat(cells).contains("四级人大代表联席会", "陈志强", "刘海燕", "meeting.attendance.LATE", "在外地开会",
                "2026-03-01 09:20", "meeting.figures.total", "level.NATIONAL");
    }

    @Test
    void theSignInSheetInExcelHasASignatureColumn() throws IOException {
        List<String> cells = cells(AttendanceSheets.signInExcel(sheet(), TEXT));
        assertThat(cells).contains("签名", "陈志强", "刘海燕").doesNotContain("在外地开会");
    }

    @Test
    void bothPdfSheetsCarryTheChineseTextWithoutAnEmbeddedFont() throws IOException {
        byte[] attendance = AttendanceSheets.attendancePdf(sheet(), TEXT);
        assertThat(new String(attendance, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(attendance.length).isLessThan(100_000);
        assertThat(text(attendance)).contains("四级人大代表联席会", "陈志强", "刘海燕", "在外地开会", "meeting.figures.total");
        byte[] signIn = AttendanceSheets.signInPdf(sheet(), TEXT);
        assertThat(text(signIn)).contains("签名", "陈志强", "三楼会议室");
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
