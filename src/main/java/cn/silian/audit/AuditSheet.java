package cn.silian.audit;

import cn.silian.shared.Formats;
import cn.silian.shared.PersonName;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail as one Excel sheet, in the reader's language, times in Asia/Shanghai. Streamed
 * (a few hundred rows in memory), since an export may hold a hundred thousand lines.
 */
final class AuditSheet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("audit.time", "audit.actor", "audit.export.login", "audit.action",
            "audit.object-type", "audit.export.object-id", "audit.summary", "audit.before", "audit.after");

    private final Locale locale;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private int next = 0;

    AuditSheet(Locale locale) {
        this.locale = locale;
        this.sheet = workbook.createSheet(t("audit.title"));
        Row head = sheet.createRow(next++);
        for (int c = 0; c < HEADERS.size(); c++) {
            head.createCell(c).setCellValue(t(HEADERS.get(c)));
        }
        sheet.createFreezePane(0, 1);
        int[] widths = {20, 24, 14, 12, 14, 10, 60, 30, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    void add(AuditRecord r) {
        Row row = sheet.createRow(next++);
        String type = "audit.type." + r.objectType();
        List<String> cells = List.of(Formats.dateTime(r.occurredAt()), person(r.actorName(), r.actor()), r.actor(),
                t("audit.action." + r.action().name()), SilianI18nProvider.has(type) ? t(type) : r.objectType(),
                nz(r.objectId()), r.summary().translate(locale), nz(r.before()), nz(r.after()));
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    byte[] finish() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name for the reader; an attempt under an unknown login name has none, so the login shows. */
    private String person(PersonName p, String login) {
        if (p == null) {
            return login;
        }
        if (p.isSystem()) {
            return t("person.system");
        }
        return p.roleKey() == null ? p.displayName() : t("person.with-role", p.displayName(), t(p.roleKey()));
    }

    private String t(String key, Object... args) {
        return SilianI18nProvider.translate(key, locale, args);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
