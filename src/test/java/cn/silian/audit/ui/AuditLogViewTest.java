package cn.silian.audit.ui;

import cn.silian.TestUsers;
import cn.silian.audit.AuditRecord;
import cn.silian.shared.AuditEvent;
import cn.silian.streets.StreetService;
import cn.silian.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends BrowserlessTestBase {

    @Autowired StreetService streets;

    @Test
    void anAdministratorFiltersTheTrailByObjectTypeAndAction() {
        login("admin");
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(test(view.grid).size()).isPositive();
        test(view.objectType).selectItem("Account");
        test(view.action).selectItem("新增");
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(6);
        AuditRecord first = test(view.grid).getRow(0);
        assertThat(first.objectType()).isEqualTo("Account");
        assertThat(first.action()).isEqualTo(AuditEvent.Action.CREATE);
        assertThat(first.after()).doesNotContain("bcrypt").contains("role=");
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
