package cn.silian.audit.ui;

import cn.silian.audit.AuditRecord;
import cn.silian.shared.AuditEvent;
import cn.silian.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogViewTest extends BrowserlessTestBase {

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
}
