package cn.silian.admin.ui;

import cn.silian.security.AccountSummary;
import cn.silian.security.Role;
import cn.silian.shared.ui.Choice;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class AccountListViewTest extends BrowserlessTestBase {


    @Test
    void anAdministratorCreatesStreetStaffForAStreet() {
        login("admin");
        AccountListView view = navigate(AccountListView.class);
        int before = test(view.grid).size();
        test(view.create).click();
        AccountDialog dialog = find(AccountDialog.class).single();
        test(dialog.username).setValue("street13");
        test(dialog.displayName).setValue("高新街道工委");
        test(dialog.role).selectItem("街道工委");
        assertThat(dialog.street.isVisible()).isTrue();
        assertThat(dialog.deputy.isVisible()).isFalse();
        test(dialog.street).selectItem("高新街道");
        test(dialog.password).setValue("Gaoxin#20261");
        test(find(Button.class, dialog).withText("保存").single()).click();

        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        assertThat(accounts.loadUserByUsername("street13").getAuthorities()).extracting(Object::toString)
                .containsExactly(Role.STREET_STAFF.authority());
    }

    @Test
    void aWeakPasswordIsRefusedOnTheField() {
        login("admin");
        AccountListView view = navigate(AccountListView.class);
        test(view.create).click();
        AccountDialog dialog = find(AccountDialog.class).single();
        test(dialog.username).setValue("weak");
        test(dialog.displayName).setValue("弱密码");
        test(dialog.password).setValue("123");
        test(find(Button.class, dialog).withText("保存").single()).click();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("密码至少需要 12 个字符。");
        assertThat(test(find(Notification.class).last()).getText()).contains("密码至少需要 12 个字符");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void theLazyDeputyListOfAnAccountRecognisesAndKeepsTheDeputyItIsBoundTo() {
        login("admin");
        AccountListView view = navigate(AccountListView.class);
        test(view.search).setValue("npc");
        int row = 0;
        while (!test(view.grid).getRow(row).username().equals("npc")) {
            row++;
        }
        AccountSummary npc = test(view.grid).getRow(row);
        test((Button) test(view.grid).getCellComponent(row, view.grid.getColumns().size() - 1)).click();
        AccountDialog dialog = find(AccountDialog.class).single();
        Choice bound = dialog.deputy.getValue();
        assertThat(bound.id()).isEqualTo(npc.deputyId());

        // The list labels a deputy with his street too; the value read for the form has his name only.
        test(dialog.deputy).setFilter(bound.label());
        assertThat(test(dialog.deputy).getSuggestions()).allSatisfy(label -> assertThat(label).contains(" · "));
        assertThat(test(dialog.deputy).getSuggestionItems()).contains(bound);
        dialog.save();
        assertThat(accounts.get(npc.id()).deputyId()).isEqualTo(npc.deputyId());
    }
}
