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

    private AuditRecord only(AuditFilter filter) {
        List<AuditRecord> found = audit.page(filter, PageRequest.of(0, 10)).getContent();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
