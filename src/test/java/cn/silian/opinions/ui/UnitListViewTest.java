package cn.silian.opinions.ui;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.UnitKind;
import cn.silian.opinions.UnitSummary;
import cn.silian.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class UnitListViewTest extends BrowserlessTestBase {

    @Autowired HandlingUnitService units;

    @Test
    void theOfficeAddsAHandlingUnitAndFindsItInTheList() {
        login("office");
        UnitListView list = navigate("units", UnitListView.class);
        test(list.create).click();
        UnitListView.UnitDialog dialog = find(UnitListView.UnitDialog.class).single();
        test(dialog.name).setValue("测试区教育局");
        dialog.kind.setValue(UnitKind.GOVERNMENT_DEPARTMENT);
        test(dialog.contactPerson).setValue("赵老师");
        test(dialog.contactPhone).setValue("13800138000");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        test(list.search).setValue("测试区教育局");
        assertThat(test(list.grid).size()).isEqualTo(1);
        UnitSummary row = test(list.grid).getRow(0);
        assertThat(row.contactPerson()).isEqualTo("赵老师");
        assertThat(row.active()).isTrue();
    }

    @Test
    void aUnitWithoutANameIsRefusedOnTheFieldAndNothingIsAdded() {
        login("office");
        long before = units.count(null, false);
        UnitListView list = navigate("units", UnitListView.class);
        test(list.create).click();
        test(find(UnitListView.UnitDialog.class).single().save).click();
        assertThat(list.dialog.name.isInvalid()).isTrue();
        assertThat(list.dialog.name.getErrorMessage()).isEqualTo("必填。");
        assertThat(list.dialog.isOpened()).isTrue();
        assertThat(units.count(null, false)).isEqualTo(before);
    }

    @Test
    void aSecondUnitOfTheSameNameIsRefused() {
        login("office");
        UnitListView list = navigate("units", UnitListView.class);
        test(list.create).click();
        test(find(UnitListView.UnitDialog.class).single().name).setValue("测试重名局");
        test(list.dialog.save).click();
        test(list.create).click();
        test(find(UnitListView.UnitDialog.class).single().name).setValue("测试重名局");
        test(list.dialog.save).click();
        assertThat(list.dialog.name.isInvalid()).isTrue();
        assertThat(list.dialog.isOpened()).isTrue();
        assertThat(units.page("测试重名局", false, PageRequest.of(0, 10)).getContent()).hasSize(1);
    }

    @Test
    void theOfficeDeactivatesAUnitWithTheVersionItRead() {
        login("office");
        UnitListView list = navigate("units", UnitListView.class);
        test(list.create).click();
        test(find(UnitListView.UnitDialog.class).single().name).setValue("测试停用局");
        test(list.dialog.save).click();
        long id = units.page("测试停用局", false, PageRequest.of(0, 1)).getContent().getFirst().id();
        list.edit(id);
        test(find(UnitListView.UnitDialog.class).single().active).click();
        test(list.dialog.save).click();
        assertThat(units.get(id).active()).isFalse();
    }
}
