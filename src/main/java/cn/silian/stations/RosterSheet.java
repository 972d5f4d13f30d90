package cn.silian.stations;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes liaison-station rosters as .xlsx files. Plain Java on purpose: the service
 * decides who may import what; this class only turns bytes into rows and back.
 */
public final class RosterSheet {

    public static final String SHEET_NAME = "roster";
    public static final int COLUMNS = 6;

    /**
     * Uploads come from people's browsers, so a small file must not be allowed to inflate into
     * gigabytes. A roster of tens of thousands of rows stays well below this size per zip entry,
     * and the cap also bounds the memory the in-memory workbook model can take.
     */
    static final long MAX_ENTRY_BYTES = 10L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final int MIN_WIDTH_CHARS = 8;
    private static final int MAX_WIDTH_CHARS = 50;

    private RosterSheet() {
    }

    /** What {@link #read} found: the data lines, and the problems that stop an import. */
    public record Parsed(List<Line> lines, List<Problem> problems) {
        public Parsed {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A data line and the 1-based row number Excel shows for it, so messages can point at it. */
    public record Line(int rowNumber, RosterRow row) {
    }

    /**
     * Something wrong with the file or one of its lines. {@code detail} is a short value for the
     * message, never prose, so the UI can translate it; see {@link Kind} for what each carries.
     */
    public record Problem(int rowNumber, Kind kind, String detail) {

        public enum Kind {
            /** Not a readable .xlsx at all; row 0; detail: a short technical reason. */
            NOT_A_SPREADSHEET,
            /** More data rows than allowed; the row of the first one too many; detail: the limit. */
            TOO_MANY_ROWS,
            /** The header row has fewer than six filled cells; detail: how many it has. */
            MISSING_COLUMNS,
            /** detail: the station code. */
            UNKNOWN_STATION,
            /** A station the importing user may not manage; detail: the station code. */
            WRONG_STATION,
            /** detail: the person's name. */
            UNKNOWN_PERSON,
            /** Several people share the name and the phone does not pick one; detail: how many. */
            AMBIGUOUS_NAME,
            /** The same person in the same station again; detail: the earlier row number. */
            DUPLICATE_ROW,
            /** detail: the column, {@code stationCode} or {@code personName}. */
            MISSING_VALUE,
            /** Not HOME/SPECIALIST, or not fitting the station's kind; detail: the given text. */
            BAD_MEMBERSHIP,
            /** A second, different home station for one person; detail: the earlier row number. */
            SECOND_HOME,
            /** A resident of another street, whom only the office may place; detail: the person's name. */
            OTHER_STREET_PERSON
        }
    }

    /**
     * Writes one sheet: the caller's (translated) headers, then one text row per roster row. The
     * stream is left open, as it belongs to the caller.
     */
    public static void write(List<String> headers, List<RosterRow> rows, OutputStream out) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(out, "out");
        if (headers == null || headers.size() != COLUMNS) {
            throw new IllegalArgumentException("a roster sheet has exactly " + COLUMNS + " headers");
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);

            // Text format ("@") keeps Excel from turning phone numbers into numbers, both in the
            // cells we write and in rows a person adds to the columns later.
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);

            int[] widths = new int[COLUMNS];
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < COLUMNS; c++) {
                String value = Objects.requireNonNullElse(headers.get(c), "");
                Cell cell = headerRow.createCell(c, CellType.STRING);
                cell.setCellValue(value);
                cell.setCellStyle(header);
                widths[c] = displayWidth(value);
            }

            int r = 1;
            for (RosterRow roster : rows) {
                Row row = sheet.createRow(r++);
                String[] values = values(roster);
                for (int c = 0; c < COLUMNS; c++) {
                    Cell cell = row.createCell(c, CellType.STRING);
                    cell.setCellValue(values[c]);
                    cell.setCellStyle(text);
                    widths[c] = Math.max(widths[c], displayWidth(values[c]));
                }
            }

            for (int c = 0; c < COLUMNS; c++) {
                // Measured by hand: autoSizeColumn needs fonts from AWT, which a server may lack.
                int chars = Math.clamp(widths[c] + 2, MIN_WIDTH_CHARS, MAX_WIDTH_CHARS);
                sheet.setColumnWidth(c, chars * 256);
                sheet.setDefaultColumnStyle(c, text);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the first sheet. Never throws for a bad file: anything that is not a readable .xlsx
     * comes back as a single {@link Problem.Kind#NOT_A_SPREADSHEET} problem.
     *
     * @param maxRows the most data rows (after blank ones are skipped) an import may have
     */
    public static Parsed read(InputStream in, int maxRows) {
        Objects.requireNonNull(in, "in");
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                return notASpreadsheet("no sheet");
            }
            return read(workbook.getSheetAt(0), maxRows);
        } catch (IOException | RuntimeException e) {
            // POI signals broken, foreign and oversized files with a zoo of exception types
            // (EmptyFileException, NotOfficeXmlFileException, POIXMLException, ...); to the person
            // uploading they all mean the same thing.
            return notASpreadsheet(e.getClass().getSimpleName());
        }
    }

    private static Parsed read(Sheet sheet, int maxRows) {
        DataFormatter formatter = new DataFormatter();
        List<Line> lines = new ArrayList<>();
        boolean headerSeen = false;
        for (Row row : sheet) {
            String[] values = new String[COLUMNS];
            int filled = 0;
            for (int c = 0; c < COLUMNS; c++) {
                values[c] = text(row.getCell(c), formatter);
                if (!values[c].isEmpty()) {
                    filled++;
                }
            }
            if (filled == 0) {
                continue;
            }
            int rowNumber = row.getRowNum() + 1;
            if (!headerSeen) {
                // The first row with anything in it is the header: a blank line above it is a
                // harmless slip, not a reason to reject the file.
                headerSeen = true;
                if (filled < COLUMNS) {
                    return new Parsed(List.of(), List.of(
                            new Problem(rowNumber, Problem.Kind.MISSING_COLUMNS, String.valueOf(filled))));
                }
                continue;
            }
            if (lines.size() == maxRows) {
                // All or nothing: half a roster imported would silently drop people.
                return new Parsed(List.of(), List.of(
                        new Problem(rowNumber, Problem.Kind.TOO_MANY_ROWS, String.valueOf(maxRows))));
            }
            lines.add(new Line(rowNumber, new RosterRow(
                    values[0], values[1], values[2], values[3], values[4], values[5])));
        }
        if (!headerSeen) {
            return new Parsed(List.of(), List.of(new Problem(1, Problem.Kind.MISSING_COLUMNS, "0")));
        }
        return new Parsed(lines, List.of());
    }

    private static Parsed notASpreadsheet(String detail) {
        return new Parsed(List.of(), List.of(new Problem(0, Problem.Kind.NOT_A_SPREADSHEET, detail)));
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? formatter.formatCellValue(cell)
                    // Not DataFormatter: a phone typed as a number must read 13812341234, whatever
                    // format the cell has, and never 1.38E+10.
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            default -> "";
        };
        return trim(value);
    }

    /**
     * Also removes the no-break, ideographic and zero-width spaces that arrive when a roster is
     * pasted from Word or a web page; {@link String#strip()} alone keeps some of them.
     */
    static String trim(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static String[] values(RosterRow row) {
        return new String[] {
                nonNull(row.stationCode()), nonNull(row.stationName()), nonNull(row.personName()),
                nonNull(row.phone()), nonNull(row.membership()), nonNull(row.levels())};
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Chinese characters take about two Latin character widths in Excel's default fonts. */
    private static int displayWidth(String value) {
        int width = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            width += Character.isIdeographic(cp) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }
}
