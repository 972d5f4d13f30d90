package cn.silian.statistics;

import cn.silian.security.Roles;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A dashboard as an Excel workbook: one sheet per figure, its definition in the first row, then
 * its title with the year, the headings and a row per group, the values as numbers. It writes
 * the very {@link Dashboard} the caller was shown (the service scoped it), so the workbook holds
 * the figures of the charts and tables. Off the UI thread, it reports each sheet written.
 */
@Service
public class StatisticsExports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_WIDTH_CHARS = 50;

    @PreAuthorize(Roles.ANY_ROLE)
    public byte[] workbook(Dashboard dashboard, Locale locale, StatisticsService.Progress progress) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(bold);
            header.setBorderBottom(BorderStyle.THIN);
            Set<String> names = new HashSet<>();
            int done = 0;
            for (Figure figure : dashboard.figures()) {
                Sheet sheet = workbook.createSheet(sheetName(text(figure.titleKey(), locale), names));
                sheet.createRow(0).createCell(0).setCellValue(text(figure.definitionKey(), locale));
                Row title = sheet.createRow(1);
                title.createCell(0).setCellValue(text("statistics.export.sheet-title", locale, text(figure.titleKey(), locale),
                        String.valueOf(dashboard.year())));
                title.getCell(0).setCellStyle(bold);
                int[] widths = new int[figure.measures().size() + 1];
                Row head = sheet.createRow(3);
                cell(head, 0, text(figure.labelKey(), locale), header, widths);
                for (int m = 0; m < figure.measures().size(); m++) {
                    cell(head, m + 1, text(figure.measures().get(m).key(), locale), header, widths);
                }
                int r = 4;
                for (Figure.Row row : figure.rows()) {
                    Row line = sheet.createRow(r++);
                    cell(line, 0, row.label(k -> text(k, locale)), null, widths);
                    for (int m = 0; m < figure.measures().size(); m++) {
                        Double v = row.values().get(m);
                        if (v == null) {
                            cell(line, m + 1, Figure.format(figure.measures().get(m).unit(), null), null, widths);
                        } else {
                            line.createCell(m + 1).setCellValue(v);
                            widths[m + 1] = Math.max(widths[m + 1], figure.text(row, m).length());
                        }
                    }
                }
                for (int i = 0; i < widths.length; i++) {
                    sheet.setColumnWidth(i, Math.min(MAX_WIDTH_CHARS, Math.max(widths[i], 6) + 2) * 256);
                }
                progress.done(++done, dashboard.figures().size());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name of a year's workbook. */
    public static String fileName(int year) {
        return "statistics-" + year + ".xlsx";
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\) and not yet taken. */
    private static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static void cell(Row row, int c, String value, CellStyle style, int[] widths) {
        var cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        // CJK characters take two columns of width
        widths[c] = Math.max(widths[c], value.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum());
    }

    private static String text(String key, Locale locale, Object... args) {
        return SilianI18nProvider.translate(key, locale, args);
    }
}
