package cn.silian.campaigns;

import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A campaign's workbook: its tagged opinions and its candidate projects, one sheet each, in the
 * caller's language. Built off the UI thread by the campaign page (it reads every tagged opinion).
 */
@Service
@Transactional(readOnly = true)
public class CampaignExports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> OPINION_HEADERS = List.of("campaign.export.date", "campaign.export.street",
            "campaign.export.category", "campaign.export.content", "campaign.export.state");
    static final List<String> PROJECT_HEADERS = List.of("campaign.export.title", "campaign.export.description",
            "campaign.export.streets", "campaign.export.proposer", "campaign.export.cost", "campaign.export.unit",
            "campaign.export.state", "campaign.export.opinions");

    private final CampaignRepository campaigns;
    private final CampaignAccess access;
    private final StreetService streets;
    private final ApplicationEventPublisher events;

    CampaignExports(CampaignRepository campaigns, CampaignAccess access, StreetService streets,
                    ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.access = access;
        this.streets = streets;
        this.events = events;
    }

    public static String fileName(CampaignSummary c) {
        return "campaign-" + c.year() + "-" + c.id() + ".xlsx";
    }

    /** The workbook of a campaign the office may export: its opinions and its projects. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public byte[] workbook(long id, Locale locale) {
        Campaign c = campaigns.findById(id).orElseThrow(() -> new cn.silian.shared.NotFoundException(CampaignService.TYPE, id));
        access.requireMayRead(c);
        List<List<String>> opinions = access.exportOpinions(c.getId()).stream().map(r -> List.of(
                r[1].toString(), (String) r[2], text(locale, (String) r[3]), (String) r[4], text(locale, (String) r[5])))
                .toList();
        Map<Long, StreetSummary> names = streets.byId();
        List<List<String>> projects = access.projectsOf(c.getId()).stream().map(p -> List.of(
                p.title(), nz(p.description()),
                p.streetIds().stream().map(s -> names.containsKey(s) ? names.get(s).name() : "").collect(Collectors.joining(text(locale, "list.separator"))),
                nz(p.proposerName()), p.estimatedCost() == null ? "" : p.estimatedCost().toPlainString(), nz(p.unitName()),
                p.stateKey() == null ? "" : text(locale, p.stateKey()), String.valueOf(p.opinionCount()))).toList();
        byte[] bytes = write(locale, c.theme(), opinions, projects);
        events.publishEvent(new AuditEvent(access.me().getUsername(), AuditEvent.Action.DOWNLOAD, CampaignService.TYPE,
                String.valueOf(c.getId()), Message.of("audit.campaign.exported", c.theme()), null,
                "opinions=" + opinions.size() + " projects=" + projects.size()));
        return bytes;
    }

    private static byte[] write(Locale locale, String title, List<List<String>> opinions, List<List<String>> projects) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(workbook.createSheet(text(locale, "campaign.export.opinions-tab")), title, headers(locale, OPINION_HEADERS),
                    opinions, bold);
            sheet(workbook.createSheet(text(locale, "campaign.export.projects-tab")), title, headers(locale, PROJECT_HEADERS),
                    projects, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, String title, List<String> headers, List<List<String>> rows, CellStyle bold) {
        Row first = sheet.createRow(0);
        first.createCell(0).setCellValue(title);
        first.getCell(0).setCellStyle(bold);
        Row header = sheet.createRow(1);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(bold);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 2);
            List<String> cells = rows.get(r);
            for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() + 4)) * 256);
        }
    }

    private static List<String> headers(Locale locale, List<String> keys) {
        return keys.stream().map(k -> text(locale, k)).toList();
    }

    private static String text(Locale locale, String key) {
        return SilianI18nProvider.translate(key, locale);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
