package cn.silian.admin.ui;

import cn.silian.TestUsers;
import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditRecord;
import cn.silian.audit.AuditService;
import cn.silian.security.AccountSummary;
import cn.silian.security.SecondFactorService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator resets the office's second factor for a lost phone, in the account's dialog. */
@Transactional
class SecondFactorResetTest extends BrowserlessTestBase {

    @Autowired SecondFactorService secondFactor;
    @Autowired AuditService audit;

    @Test
    void theAdministratorResetsTheOfficesSecondFactorAndTheTrailSaysSo() {
        login("admin");
        AccountDialog dialog = open("office");
        assertThat(dialog.resetSecondFactor.isAttached()).isTrue();
        assertThat(dialog.resetSecondFactor.getText()).isEqualTo("重置两步验证");
        long office = accounts.get(idOf("office")).id();

        test(dialog.resetSecondFactor).click();

        assertThat(secondFactor.enrolledAccount(office)).isFalse();
        assertThat(dialog.resetSecondFactor.isEnabled()).isFalse();
        assertThat(audit.page(new AuditFilter("admin", "SecondFactor", null, String.valueOf(office)), PageRequest.of(0, 5))
                .map(AuditRecord::summary).map(m -> m.key()).toList()).contains("audit.second-factor.reset");
    }

    @Test
    void anAccountWithoutASecondFactorOffersNoReset() {
        login("admin");
        AccountDialog dialog = open("street01");
        assertThat(dialog.resetSecondFactor.isAttached()).isFalse();
    }

    private AccountDialog open(String username) {
        AccountListView view = navigate(AccountListView.class);
        test(view.search).setValue(username);
        int row = 0;
        while (!test(view.grid).getRow(row).username().equals(username)) {
            row++;
        }
        test((Button) test(view.grid).getCellComponent(row, view.grid.getColumns().size() - 1)).click();
        return find(AccountDialog.class).single();
    }

    private long idOf(String username) {
        return TestUsers.as(accounts, "admin", () -> accounts.page(username, PageRequest.of(0, 20)).getContent().stream()
                .filter(a -> a.username().equals(username)).map(AccountSummary::id).findFirst().orElseThrow());
    }
}
