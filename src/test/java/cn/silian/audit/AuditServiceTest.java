package cn.silian.audit;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Tag("db")
class AuditServiceTest {

    @Autowired AuditService audit;
    @Autowired AccountService accounts;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        for (String user : List.of("office", "street01", "deputy")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> audit.page(AuditFilter.none(), PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.objectTypes()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aPublishersSummaryIsReadInTheReadersLanguage() {
        TestUsers.login(accounts, "admin");
        String username = "audited" + ThreadLocalRandom.current().nextInt(1_000_000);
        long id = accounts.create(new AccountDraft(username, "审计测试", Role.OFFICE, null, null, true), "Silian@2026x").id();

        AuditRecord created = only(new AuditFilter(null, "Account", AuditEvent.Action.CREATE, String.valueOf(id)));
        assertThat(created.summary().translate(SilianI18nProvider.CHINESE)).isEqualTo("新建账号 " + username);
        assertThat(created.summary().translate(SilianI18nProvider.ENGLISH)).isEqualTo("Account " + username + " created");
    }

    @Test
    void aTranslatableArgumentIsTranslatedWhenReadNotWhenWritten() {
        String id = "t" + System.nanoTime();
        events.publishEvent(new AuditEvent("office", AuditEvent.Action.UPDATE, "Topic", id,
                Message.of("audit.topic.status", "加装电梯", Message.of("topic.status.IN_PROGRESS")), null, null));

        TestUsers.login(accounts, "admin");
        Message summary = only(new AuditFilter(null, "Topic", null, id)).summary();
        assertThat(summary.translate(SilianI18nProvider.ENGLISH)).isEqualTo("Topic 加装电梯 moved to In progress");
        assertThat(summary.translate(SilianI18nProvider.CHINESE)).isEqualTo("课题“加装电梯”状态改为：调研中");
    }

    @Test
    void aTitleThatLooksLikeAKeyStaysText() {
        String id = "t" + System.nanoTime();
        String title = "{\"key\":\"role.ADMIN\"} 'x' {0}";
        events.publishEvent(new AuditEvent("office", AuditEvent.Action.CREATE, "Topic", id,
                Message.of("audit.topic.created", title), null, null));

        TestUsers.login(accounts, "admin");
        assertThat(only(new AuditFilter(null, "Topic", null, id)).summary().translate(SilianI18nProvider.ENGLISH))
                .isEqualTo("Topic " + title + " created");
    }

    @Test
    void aLineWrittenBeforeSummariesWereTranslatedIsShownAsWritten() {
        String id = "legacy" + System.nanoTime();
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, object_type, object_id, summary, after_state)"
                        + " VALUES (?, 'office', 'UPDATE', 'Document', ?, 'to bin 旧文件', NULL)",
                Timestamp.from(Instant.parse("2025-03-01T08:00:00Z")), id);

        TestUsers.login(accounts, "admin");
        Message summary = only(new AuditFilter(null, "Document", null, id)).summary();
        assertThat(summary.translate(SilianI18nProvider.ENGLISH)).isEqualTo("to bin 旧文件");
        assertThat(summary.translate(SilianI18nProvider.CHINESE)).isEqualTo("to bin 旧文件");
    }

    @Test
    void onlyAdministratorsExportTheTrail() {
        for (String user : List.of("office", "street01", "street02", "deputy", "unit01")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> audit.export(AuditFilter.none(), SilianI18nProvider.CHINESE, (done, all) -> { }))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.none())).as(user).isInstanceOf(AccessDeniedException.class);
        }
        // The administrator without his role is refused too: the rule itself guards the export.
        TestUsers.loginWithoutRoles(accounts, "admin");
        assertThatThrownBy(() -> audit.export(AuditFilter.none(), SilianI18nProvider.CHINESE, (done, all) -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTimeRangeIsFromInclusiveToExclusive() {
        String id = "range" + System.nanoTime();
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, object_type, object_id, summary_key, summary_args)"
                        + " VALUES (?, 'office', 'UPDATE', 'Topic', ?, 'audit.summary.as-written', NULL)",
                Timestamp.from(Instant.parse("2025-03-01T16:00:00Z")), id);

        TestUsers.login(accounts, "admin");
        Instant at = Instant.parse("2025-03-01T16:00:00Z");
        assertThat(audit.count(new AuditFilter(null, null, null, id, at, at.plusSeconds(1)))).isEqualTo(1);
        assertThat(audit.count(new AuditFilter(null, null, null, id, at.plusSeconds(1), null))).isZero();
        assertThat(audit.count(new AuditFilter(null, null, null, id, null, at))).isZero();
        assertThat(audit.page(new AuditFilter(null, "Topic", AuditEvent.Action.UPDATE, id, at.minusSeconds(60),
                at.plusSeconds(60)), PageRequest.of(0, 10)).getContent()).hasSize(1);
    }

    @Test
    void theExportHoldsTheFilteredLinesInTheReadersLanguageWithShanghaiTimesAndIsItselfAudited() throws Exception {
        String id = "export" + System.nanoTime();
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor, action, object_type, object_id, summary_key, summary_args,"
                        + " after_state) VALUES (?, 'office', 'UPDATE', 'Topic', ?, 'audit.topic.created', ?, 'status=DRAFT')",
                Timestamp.from(Instant.parse("2025-03-01T16:30:00Z")), id, SummaryArgs.encode(List.of(new cn.silian.shared.MessageArg.Literal("加装电梯"))));

        TestUsers.login(accounts, "admin");
        List<long[]> progress = new java.util.ArrayList<>();
        byte[] bytes = audit.export(new AuditFilter(null, "Topic", null, id), SilianI18nProvider.CHINESE,
                (done, all) -> progress.add(new long[] {done, all}));

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
            var line = sheet.getRow(1);
            assertThat(line.getCell(0).getStringCellValue()).as("UTC 16:30 is 00:30 the next day in Shanghai")
                    .isEqualTo("2025-03-02 00:30:00");
            assertThat(line.getCell(2).getStringCellValue()).isEqualTo("office");
            assertThat(line.getCell(3).getStringCellValue()).isEqualTo("修改");
            assertThat(line.getCell(4).getStringCellValue()).isEqualTo("调研课题");
            assertThat(line.getCell(6).getStringCellValue()).contains("加装电梯");
            assertThat(line.getCell(8).getStringCellValue()).isEqualTo("status=DRAFT");
        }
        assertThat(progress).extracting(p -> p[0] + "/" + p[1]).containsExactly("1/1");
        assertThat(audit.page(new AuditFilter("admin", "AuditEntry", AuditEvent.Action.DOWNLOAD, null),
                PageRequest.of(0, 1)).getContent()).singleElement()
                .satisfies(r -> assertThat(r.after()).contains("objectId=" + id));
    }

    private AuditRecord only(AuditFilter filter) {
        List<AuditRecord> found = audit.page(filter, PageRequest.of(0, 10)).getContent();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
