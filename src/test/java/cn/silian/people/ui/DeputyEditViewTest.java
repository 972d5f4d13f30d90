package cn.silian.people.ui;

import cn.silian.people.DeputyDraft;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.Gender;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
import cn.silian.shared.Edit;
import cn.silian.shared.InvalidInputException;
import cn.silian.streets.StreetService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Transactional
class DeputyEditViewTest extends BrowserlessTestBase {

    @Autowired DeputyService deputies;
    @Autowired StreetService streets;

    @Test
    void anEmptyNameAndABadPhoneGetClearMessagesAndNothingIsSaved() {
        login("office");
        long before = deputies.count(DeputyFilter.none());
        DeputyEditView view = navigate("deputies/new", DeputyEditView.class);
        test(view.phone).setValue("12345");
        test(view.save).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("必填。");
        assertThat(view.phone.isInvalid()).isTrue();
        assertThat(view.phone.getErrorMessage()).contains("11 位手机号");
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("请更正标出的字段。");
        assertThat(deputies.count(DeputyFilter.none())).isEqualTo(before);
    }

    @Test
    void aTooLongFieldIsRefusedWithItsLimit() {
        login("office");
        DeputyEditView view = navigate("deputies/new", DeputyEditView.class);
        test(view.name).setValue("名".repeat(51));
        test(view.save).click();
        assertThat(view.name.getErrorMessage()).isEqualTo("最多 50 个字符。");
    }

    @Test
    void officeCreatesAPersonWithASeatAndLandsOnHisPage() {
        login("office");
        DeputyEditView view = navigate("deputies/new", DeputyEditView.class);
        test(view.name).setValue("欧阳明");
        test(view.gender).selectItem("男");
        test(view.street).selectItem("城关街道");
        test(view.phone).setValue("13911112222");
        Checkbox district = find(Checkbox.class, view.seats).withCaption("区人大代表").single();
        test(district).click();
        IntegerField term = find(IntegerField.class, view.seats).all().get(3);
        test(term).setValue(18);
        TextField constituency = find(TextField.class, view.seats).all().get(3);
        test(constituency).setValue("第7选区");
        test(view.save).click();

        DeputyView page = (DeputyView) getCurrentView();
        assertThat(page.details.name()).isEqualTo("欧阳明");
        assertThat(page.details.seats()).containsExactly(new SeatInfo(Level.DISTRICT, 18, "第7选区"));
        assertThat(page.details.phone()).isEqualTo("13911112222");
    }

    @Test
    void homeCoordinatesAreBothOrNeitherAndWithinRange() {
        login("office");
        long id = deputies.create(person("坐标测试"));
        DeputyEditView view = navigate(DeputyEditView.class, Map.of("id", String.valueOf(id)));
        test(view.latitude).setValue(95.0);
        test(view.save).click();
        assertThat(view.latitude.getErrorMessage()).isEqualTo("纬度应在 -90 至 90 之间。");
        assertThat(view.longitude.getErrorMessage()).isEqualTo("请同时填写经度，或清除纬度。");

        test(view.latitude).setValue(30.2741);
        test(view.longitude).setValue(200.0);
        test(view.save).click();
        assertThat(view.latitude.isInvalid()).isFalse();
        assertThat(view.longitude.getErrorMessage()).isEqualTo("经度应在 -180 至 180 之间。");
        assertThat(deputies.edit(id).draft().getLatitude()).isNull();

        test(view.longitude).setValue(120.1551);
        test(view.save).click();
        DeputyView page = (DeputyView) getCurrentView();
        assertThat(page.details.latitude()).isEqualTo(30.2741);
        assertThat(page.details.longitude()).isEqualTo(120.1551);
    }

    @Test
    void theServiceRefusesHalfALocation() {
        login("office");
        DeputyDraft half = person("半个坐标");
        half.setLongitude(120.1);
        assertThatThrownBy(() -> deputies.create(half)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("deputy.latitude.missing"));
    }

    @Test
    void twoEditorsOfOnePersonGetAConflictNotASilentOverwrite() {
        login("office");
        long id = deputies.create(person("并发测试"));
        DeputyEditView view = navigate("deputies/" + id + "/edit", DeputyEditView.class);

        // Meanwhile a colleague saves the same record.
        Edit<DeputyDraft> other = deputies.edit(id);
        other.draft().setEmployer("同事保存的单位");
        deputies.update(id, other.version(), other.draft());

        test(view.employer).setValue("我的修改");
        test(view.save).click();

        ConfirmDialog conflict = find(ConfirmDialog.class).single();
        assertThat(conflict.isOpened()).isTrue();
        assertThat(deputies.get(id).employer()).isEqualTo("同事保存的单位");
    }

    @Test
    void theFormShowsTheStoredValuesForEditing() {
        login("office");
        long id = deputies.create(person("回显测试"));
        DeputyEditView view = navigate(DeputyEditView.class, Map.of("id", String.valueOf(id)));
        assertThat(view.name.getValue()).isEqualTo("回显测试");
        assertThat(view.seats.getValue()).containsExactly(new SeatInfo(Level.CITY, 17, "城西区代表团"));
        assertThat(view.delete.isVisible()).isTrue();
    }

    private DeputyDraft person(String name) {
        DeputyDraft d = new DeputyDraft();
        d.setName(name);
        d.setGender(Gender.MALE);
        d.setStreetId(streets.all().get(0).id());
        d.setSeats(List.of(new SeatInfo(Level.CITY, 17, "城西区代表团")));
        return d;
    }
}
