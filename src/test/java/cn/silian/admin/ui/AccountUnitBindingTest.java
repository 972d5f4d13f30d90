package cn.silian.admin.ui;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.UnitDraft;
import cn.silian.opinions.UnitKind;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator binds a handling unit's account to its unit in the account dialog. */
@org.springframework.transaction.annotation.Transactional
class AccountUnitBindingTest extends BrowserlessTestBase {

    @Autowired HandlingUnitService units;

    @Test
    void anAdministratorCreatesAUnitAccountForAUnit() {
        login("admin");
        long unitId = units.create(new UnitDraft("绑定测试局", UnitKind.GOVERNMENT_DEPARTMENT, null, null, true)).id();
        AccountListView view = navigate(AccountListView.class);
        test(view.create).click();
        AccountDialog dialog = find(AccountDialog.class).single();
        test(dialog.username).setValue("unitbind");
        test(dialog.displayName).setValue("绑定测试局 联络员");
        test(dialog.role).selectItem("承办单位");
        assertThat(dialog.unit.isVisible()).isTrue();
        assertThat(dialog.street.isVisible()).isFalse();
        assertThat(dialog.deputy.isVisible()).isFalse();
        test(dialog.password).setValue("Bangding#2026");
        test(find(Button.class, dialog).withText("保存").single()).click();
        // Without a unit the service refuses, on the unit field.
        assertThat(dialog.unit.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.unit).selectItem("绑定测试局");
        test(find(Button.class, dialog).withText("保存").single()).click();
        SilianUser user = (SilianUser) accounts.loadUserByUsername("unitbind");
        assertThat(user.role()).isEqualTo(Role.UNIT);
        assertThat(user.unitId()).isEqualTo(unitId);
    }
}
