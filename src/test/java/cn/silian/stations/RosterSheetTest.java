package cn.silian.stations;

import cn.silian.stations.RosterSheet.Line;
import cn.silian.stations.RosterSheet.Parsed;
import cn.silian.stations.RosterSheet.Problem;
import cn.silian.stations.RosterSheet.Problem.Kind;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RosterSheetTest {

    static final List<String> HEADERS = List.of("站点编号", "站点名称", "姓名", "电话", "进站方式", "代表层级");

    static final List<RosterRow> ROWS = List.of(
            new RosterRow("ST-001", "西湖街道代表联络站", "陈志强", "13812341234", "HOME", "区,市"),
            new RosterRow("ST-001", "西湖街道代表联络站", "欧阳晓燕", "0571-87654321", "HOME", "区"),
            new RosterRow("ST-900", "法律专业联络站", "O'Brien 李", "", "SPECIALIST", ""));

    @Test
    void writtenRowsReadBackIdenticallyWithTheRowNumbersExcelShows() {
        Parsed parsed = RosterSheet.read(new ByteArrayInputStream(written(ROWS)), 100);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.lines()).extracting(Line::row).containsExactlyElementsOf(ROWS);
        assertThat(parsed.lines()).extracting(Line::rowNumber).containsExactly(2, 3, 4);
    }

    @Test
    void theWrittenSheetHasABoldFrozenHeaderTextCellsAndReadableWidths() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written(ROWS)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("roster");

            Row header = sheet.getRow(0);
            for (int c = 0; c < 6; c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(HEADERS.get(c));
                assertThat(workbook.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);

            Row first = sheet.getRow(1);
            for (int c = 0; c < 6; c++) {
                assertThat(first.getCell(c).getCellType()).isEqualTo(CellType.STRING);
                assertThat(((XSSFCellStyle) first.getCell(c).getCellStyle()).getDataFormatString()).isEqualTo("@");
            }
            // The Chinese station name needs about twice its character count in width.
            assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(18 * 256);
            assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo(13 * 256);
        }
    }

    @Test
    void writingWithoutSixHeadersIsAProgrammingError() {
        assertThatThrownBy(() -> RosterSheet.write(List.of("a", "b"), ROWS, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPhoneTypedAsANumberComesBackAsItsDigits() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("ST-001");
            row.createCell(1).setCellValue("西湖街道代表联络站");
            row.createCell(2).setCellValue("陈志强");
            row.createCell(3).setCellValue(13812341234d);
            row.createCell(4).setCellValue("HOME");
            row.createCell(5).setCellValue(1d);
        });

        Parsed parsed = RosterSheet.read(new ByteArrayInputStream(file), 100);

        assertThat(parsed.lines()).singleElement().satisfies(line -> {
            assertThat(line.row().phone()).isEqualTo("13812341234");
            assertThat(line.row().levels()).isEqualTo("1");
        });
    }

    @Test
    void aFormulaCellReadsAsItsLastComputedValue() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet);
            Row row = dataRow(sheet, 1, "ST-001", "站", "陈志强", "", "HOME", "");
            row.getCell(3).setCellFormula("13800000000+1234");
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(RosterSheet.read(new ByteArrayInputStream(file), 100).lines())
                .singleElement().extracting(line -> line.row().phone()).isEqualTo("13800001234");
    }

    @Test
    void blankRowsAreSkippedAndTheOthersKeepTheirExcelRowNumbers() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet);
            dataRow(sheet, 1, "ST-001", "站", "陈志强", "13812341234", "HOME", "区");
            dataRow(sheet, 2, "", " ", "\u3000", "", "", "");
            sheet.createRow(3);
            // row index 4 is not there at all
            dataRow(sheet, 5, "ST-001", "站", "李娜", "13700001111", "HOME", "区");
        });

        Parsed parsed = RosterSheet.read(new ByteArrayInputStream(file), 100);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).extracting(Line::rowNumber).containsExactly(2, 6);
    }

    @Test
    void everyValueIsTrimmedIncludingFullWidthAndNoBreakSpaces() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet);
            dataRow(sheet, 1, " ST-001 ", "\u00A0站\u00A0", "\u3000陈志强\u3000", "\t13812341234 ", " HOME\n", "\u200B区 ");
        });

        assertThat(RosterSheet.read(new ByteArrayInputStream(file), 100).lines()).singleElement()
                .extracting(Line::row)
                .isEqualTo(new RosterRow("ST-001", "站", "陈志强", "13812341234", "HOME", "区"));
    }

    @Test
    void aHeaderAfterLeadingBlankRowsIsStillTheHeader() throws IOException {
        byte[] file = workbook(sheet -> {
            sheet.createRow(0);
            Row header = sheet.createRow(1);
            for (int c = 0; c < 6; c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            dataRow(sheet, 2, "ST-001", "站", "陈志强", "13812341234", "HOME", "区");
        });

        assertThat(RosterSheet.read(new ByteArrayInputStream(file), 100).lines())
                .extracting(Line::rowNumber).containsExactly(3);
    }

    @Test
    void aRenamedTextFileIsNotASpreadsheet() {
        byte[] text = "站点编号,姓名\nST-001,陈志强\n".getBytes(StandardCharsets.UTF_8);

        assertNotASpreadsheet(RosterSheet.read(new ByteArrayInputStream(text), 100));
    }

    @Test
    void randomBytesAreNotASpreadsheet() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        assertNotASpreadsheet(RosterSheet.read(new ByteArrayInputStream(noise), 100));
    }

    @Test
    void anEmptyUploadIsNotASpreadsheet() {
        assertNotASpreadsheet(RosterSheet.read(new ByteArrayInputStream(new byte[0]), 100));
    }

    @Test
    void aZipThatIsNoWorkbookIsNotASpreadsheet() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertNotASpreadsheet(RosterSheet.read(new ByteArrayInputStream(bytes.toByteArray()), 100));
    }

    @Test
    void aWorkbookCarryingAZipBombIsRefusedAsNotASpreadsheet() throws IOException {
        byte[] spaces = new byte[5 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = withExtraEntry(written(ROWS), "xl/padding.xml", spaces);
        assertThat(bomb.length).isLessThan(64 * 1024);

        Parsed parsed = RosterSheet.read(new ByteArrayInputStream(bomb), 100);

        assertNotASpreadsheet(parsed);
        // and it is the inflation guard, not some other flaw, that refuses it
        assertThatThrownBy(() -> new XSSFWorkbook(new ByteArrayInputStream(bomb)).close())
                .hasStackTraceContaining("Zip bomb detected");
    }

    @Test
    void aWorkbookWithAnHarmlessExtraEntryStillReads() throws IOException {
        byte[] file = withExtraEntry(written(ROWS), "xl/padding.xml", "<x/>".getBytes(StandardCharsets.UTF_8));

        assertThat(RosterSheet.read(new ByteArrayInputStream(file), 100).lines()).hasSize(ROWS.size());
    }

    @Test
    void moreDataRowsThanTheLimitAreTooManyAndNothingIsReturned() {
        List<RosterRow> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(new RosterRow("ST-001", "站", "代表" + i, "", "HOME", ""));
        }

        Parsed parsed = RosterSheet.read(new ByteArrayInputStream(written(rows)), 5);

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).containsExactly(new Problem(7, Kind.TOO_MANY_ROWS, "5"));
    }

    @Test
    void exactlyAsManyRowsAsTheLimitAreFine() {
        Parsed parsed = RosterSheet.read(new ByteArrayInputStream(written(ROWS)), ROWS.size());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).hasSize(ROWS.size());
    }

    @Test
    void blankRowsDoNotCountTowardsTheLimit() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet);
            dataRow(sheet, 1, "ST-001", "站", "陈志强", "", "HOME", "");
            for (int r = 2; r < 10; r++) {
                dataRow(sheet, r, "", "", "", "", "", "");
            }
            dataRow(sheet, 10, "ST-001", "站", "李娜", "", "HOME", "");
        });

        assertThat(RosterSheet.read(new ByteArrayInputStream(file), 2).lines()).hasSize(2);
    }

    @Test
    void aHeaderWithFewerThanSixColumnsIsMissingColumns() throws IOException {
        byte[] file = workbook(sheet -> {
            Row header = sheet.createRow(0);
            for (int c = 0; c < 4; c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            dataRow(sheet, 1, "ST-001", "站", "陈志强", "13812341234", "", "");
        });

        Parsed parsed = RosterSheet.read(new ByteArrayInputStream(file), 100);

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).containsExactly(new Problem(1, Kind.MISSING_COLUMNS, "4"));
    }

    @Test
    void anEmptySheetHasMissingColumns() throws IOException {
        byte[] file = workbook(sheet -> { });

        assertThat(RosterSheet.read(new ByteArrayInputStream(file), 100).problems())
                .containsExactly(new Problem(1, Kind.MISSING_COLUMNS, "0"));
    }

    @Test
    void onlyTheFirstSheetIsRead() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet first = workbook.createSheet("roster");
            header(first);
            dataRow(first, 1, "ST-001", "站", "陈志强", "", "HOME", "");
            Sheet second = workbook.createSheet("notes");
            header(second);
            dataRow(second, 1, "ST-002", "站", "李娜", "", "HOME", "");
            workbook.write(out);
            file = out.toByteArray();
        }

        assertThat(RosterSheet.read(new ByteArrayInputStream(file), 100).lines())
                .extracting(line -> line.row().personName()).containsExactly("陈志强");
    }

    /** Copies an .xlsx and adds one entry, so only the guard against inflation can refuse it. */
    private static byte[] withExtraEntry(byte[] xlsx, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // commons-compress rather than java.util.zip, which trips over POI's zip64 data descriptors
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void assertNotASpreadsheet(Parsed parsed) {
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.NOT_A_SPREADSHEET);
            assertThat(problem.rowNumber()).isZero();
        });
    }

    static byte[] written(List<RosterRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterSheet.write(HEADERS, rows, out);
        return out.toByteArray();
    }

    interface SheetFiller {
        void fill(Sheet sheet);
    }

    static byte[] workbook(SheetFiller filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(workbook.createSheet("Sheet1"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void header(Sheet sheet) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < 6; c++) {
            row.createCell(c).setCellValue(HEADERS.get(c));
        }
    }

    static Row dataRow(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
        return row;
    }
}
