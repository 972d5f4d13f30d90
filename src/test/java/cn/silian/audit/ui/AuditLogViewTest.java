package cn.silian.audit.ui;

import cn.silian.TestUsers;
import cn.silian.audit.AuditRecord;
import cn.silian.security.AccountDraft;
import cn.silian.security.Role;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends BrowserlessTestBase {

    private static final int ACTION = 2;
    private static final int OBJECT = 3;
    private static final int SUMMARY = 4;

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
        test(view.objectType).selectItem("账号");

        AuditRecord newest = test(view.grid).getRow(0);
        assertThat(newest.objectType()).isEqualTo("Account");
        assertThat(test(view.grid).getCellText(0, ACTION)).isEqualTo("新增");
        assertThat(test(view.grid).getCellText(0, OBJECT)).isEqualTo("账号 #" + newest.objectId());
        assertThat(test(view.grid).getCellText(0, SUMMARY)).isEqualTo("新建账号 " + username);
    }

    @Test
    void anEnglishReaderSeesTheSameLineInEnglish() {
        String username = newAccount();
        login("admin");
        UI.getCurrent().setLocale(SilianI18nProvider.ENGLISH);
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.typeName("JoinRequest")).isEqualTo("Request to join");
        test(view.objectType).selectItem("Account");

        AuditRecord newest = test(view.grid).getRow(0);
        assertThat(newest.objectType()).isEqualTo("Account");
        assertThat(test(view.grid).getCellText(0, ACTION)).isEqualTo("Created");
        assertThat(test(view.grid).getCellText(0, OBJECT)).isEqualTo("Account #" + newest.objectId());
        assertThat(test(view.grid).getCellText(0, SUMMARY)).isEqualTo("Account " + username + " created");
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
}
