package cn.silian.audit.ui;

import cn.silian.TestUsers;
import cn.silian.audit.AuditRecord;
import cn.silian.security.AccountDraft;
import cn.silian.security.Role;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.streets.StreetService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends BrowserlessTestBase {

    private static final int ACTION = 2;
    private static final int OBJECT = 3;
    private static final int SUMMARY = 4;

    @Autowired StreetService streets;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAdministratorFiltersTheTrailByObjectTypeAndAction() {
        login("admin");
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(test(view.grid).size()).isPositive();
        test(view.objectType).selectItem("账号");
        test(view.action).selectItem("新增");
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(6);
        AuditRecord first = test(view.grid).getRow(0);
        assertThat(first.objectType()).isEqualTo("Account");
        assertThat(first.action()).isEqualTo(AuditEvent.Action.CREATE);
        assertThat(first.after()).doesNotContain("bcrypt").contains("role=");
    }

    @Test
    void aChineseReaderSeesTheSummaryAndTheObjectTypeInChinese() {
        String username = newAccount();
        login("admin");
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.typeName("JoinRequest")).isEqualTo("入组申请");
        assertThat(newestAccountLine(view, "账号")).containsExactly("新增", "账号", "新建账号 " + username);
    }

    @Test
    void anEnglishReaderSeesTheSameLineInEnglish() {
        String username = newAccount();
        login("admin");
        UI.getCurrent().setLocale(SilianI18nProvider.ENGLISH);
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.typeName("JoinRequest")).isEqualTo("Request to join");
        assertThat(newestAccountLine(view, "Account"))
                .containsExactly("Created", "Account", "Account " + username + " created");
    }

    /** Action, object type and summary of the newest account line, as the grid shows them. */
    private List<String> newestAccountLine(AuditLogView view, String accountTypeLabel) {
        test(view.objectType).selectItem(accountTypeLabel);
        AuditRecord newest = test(view.grid).getRow(0);
        assertThat(newest.objectType()).isEqualTo("Account");
        String object = test(view.grid).getCellText(0, OBJECT);
        assertThat(object).endsWith(" #" + newest.objectId());
        return List.of(test(view.grid).getCellText(0, ACTION), object.substring(0, object.lastIndexOf(" #")),
                test(view.grid).getCellText(0, SUMMARY));
    }

    @Test
    void theDaysFilterTheTrailAsShanghaiCountsThem() {
        String id = "days" + System.nanoTime();
        // 2025-03-01 16:30 UTC is already 2 March in Shanghai.
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, object_type, object_id, summary, after_state)"
                        + " VALUES (?, 'office', 'UPDATE', 'Topic', ?, '日期筛选测试', NULL)",
                Timestamp.from(Instant.parse("2025-03-01T16:30:00Z")), id);
        login("admin");
        AuditLogView view = navigate(AuditLogView.class);
        test(view.actor).setValue("office");
        view.from.setValue(LocalDate.of(2025, 3, 2));
        view.to.setValue(LocalDate.of(2025, 3, 2));
        assertThat(rows(view)).extracting(AuditRecord::objectId).contains(id);
        view.from.setValue(LocalDate.of(2025, 3, 1));
        view.to.setValue(LocalDate.of(2025, 3, 1));
        assertThat(rows(view)).extracting(AuditRecord::objectId).doesNotContain(id);
    }

    @Test
    void theFilteredTrailIsExportedInTheBackgroundAndOfferedForDownload() throws Exception {
        String id = "xls" + System.nanoTime();
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, object_type, object_id, summary, after_state)"
                        + " VALUES (?, 'office', 'DELETE', 'Topic', ?, '导出测试', NULL)",
                Timestamp.from(Instant.parse("2025-04-01T02:00:00Z")), id);
        login("admin");
        AuditLogView view = navigate(AuditLogView.class);
        test(view.action).selectItem("删除");
        view.from.setValue(LocalDate.of(2025, 4, 1));
        view.to.setValue(LocalDate.of(2025, 4, 1));
        AtomicReference<Runnable> job = new AtomicReference<>();
        view.export.executor = job::set;

        test(view.export).click();
        assertThat(view.export.dialog.isOpened()).isTrue();
        assertThat(view.export.progress.isVisible()).isTrue();
        assertThat(view.export.isEnabled()).as("one export at a time").isFalse();
        assertThat(view.export.building()).as("nothing written on the UI thread").isNotDone();

        job.get().run();
        byte[] bytes = view.export.building().get(10, TimeUnit.SECONDS);
        view.export.finished(bytes, null);
        assertThat(view.export.download.isVisible()).isTrue();
        assertThat(view.export.status.getText()).isEqualTo("工作簿已生成。");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            List<String> ids = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                ids.add(sheet.getRow(r).getCell(5).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("删除");
            }
            assertThat(ids).contains(id);
        }
    }

    private List<AuditRecord> rows(AuditLogView view) {
        int size = test(view.grid).size();
        List<AuditRecord> rows = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(test(view.grid).getRow(i));
        }
        return rows;
    }

    @Test
    void aTypeThatHasNoNameIsShownByItsCode() {
        login("admin");
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.typeName("RetiredKind")).isEqualTo("RetiredKind");
    }

    private String newAccount() {
        String username = "audited" + ThreadLocalRandom.current().nextInt(1_000_000);
        TestUsers.as(accounts, "admin", () -> accounts.create(
                new AccountDraft(username, "审计测试", Role.OFFICE, null, null, true), "Silian@2026x"));
        return username;
    }

    @Test
    @Transactional
    void theTrailNamesTheSystemAndPeopleByDisplayNameAndRoleNotByLoginName() {
        TestUsers.as(accounts, "office", () -> streets.create("S98", "审计测试街道", 98));
        login("admin");
        AuditLogView view = navigate(AuditLogView.class);
        int actor = columnOf(view.grid, "操作人");
        // The demo loader and the jobs run as "system".
        test(view.actor).setValue("system");
        assertThat(test(view.grid).getCellText(0, actor)).isEqualTo("系统");
        test(view.actor).setValue("office");
        assertThat(test(view.grid).getCellText(0, actor)).isEqualTo("代表工委 王敏（常委会办公室）");
    }
}
