package cn.silian.admin.ui;

import cn.silian.TestUsers;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.streets.StreetEdit;
import cn.silian.streets.StreetService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Transactional
class StreetListViewTest extends BrowserlessTestBase {

    @Autowired StreetService streets;

    @Test
    void theOfficeAddsAStreetAndADuplicateNameIsRefused() {
        login("office");
        StreetListView view = navigate(StreetListView.class);
        assertThat(test(view.grid).size()).isEqualTo(13);
        test(view.create).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).all().get(0)).setValue("S14");
        test(find(TextField.class, dialog).all().get(1)).setValue("城关街道");
        test(find(Button.class, dialog).withText("保存").single()).click();
        assertThat(find(TextField.class, dialog).all().get(1).getErrorMessage()).isEqualTo("已有同名街道。");
        test(find(TextField.class, dialog).all().get(1)).setValue("江湾街道");
        test(find(Button.class, dialog).withText("保存").single()).click();
        assertThat(test(view.grid).size()).isEqualTo(14);
    }

    @Test
    void aRenameOnTheVersionTheFormReadIsRefusedOnceSomeoneElseRenamed() {
        login("office");
        long id = streets.all().getFirst().id();
        StreetEdit form = streets.edit(id);
        TestUsers.as(accounts, "admin", () -> {
            StreetEdit other = streets.edit(id);
            streets.rename(id, other.version(), other.code(), "他人改的街道名");
            return null;
        });
        assertThatThrownBy(() -> streets.rename(id, form.version(), form.code(), "过时表单的街道名"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(streets.find(id).orElseThrow().name()).isEqualTo("他人改的街道名");
    }

    @Test
    void streetStaffCannotRenameStreets() {
        login("street01");
        long id = streets.all().getFirst().id();
        assertThatThrownBy(() -> streets.rename(id, 0, "X", "改名")).isInstanceOf(AccessDeniedException.class);
    }
}
