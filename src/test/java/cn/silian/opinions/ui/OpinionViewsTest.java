package cn.silian.opinions.ui;

import cn.silian.TestUsers;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.OpinionDraft;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionSource;
import cn.silian.opinions.OpinionState;
import cn.silian.opinions.UnitDraft;
import cn.silian.opinions.UnitKind;
import cn.silian.security.AccountDraft;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.AccessDeniedView;
import cn.silian.shared.ui.NotFoundView;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.ReceptionDraft;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class OpinionViewsTest extends BrowserlessTestBase {

    @Autowired OpinionService opinions;
    @Autowired HandlingUnitService units;
    @Autowired StationService stations;
    @Autowired ReceptionService receptions;

    private long streetOf(String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).streetId();
    }

    private long record(String username, String text) {
        long street = streetOf(username);
        return TestUsers.as(accounts, username, () -> opinions.record(OpinionSource.DIRECT, null,
                new OpinionDraft(text, ReceptionCategory.TRAFFIC, street, "东园社区", null, "王阿姨", "13812341234")));
    }

    private long stationOf(String staff) {
        return TestUsers.as(accounts, staff, () -> stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id());
    }

    @Test
    void streetStaffListOnlyTheirStreetsOpinionsAndFilterThem() {
        long ours = record("street01", "视图测试：一街道的停车难");
        long theirs = record("street02", "视图测试：二街道的停车难");
        login("street01");
        OpinionListView view = navigate(OpinionListView.class);
        assertThat(view.street.isVisible()).isFalse();
        test(view.search).setValue("视图测试");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(ours);
        assertThat(test(view.grid).getRow(0).id()).isNotEqualTo(theirs);
        view.state.setValue(OpinionState.MERGED);
        assertThat(test(view.grid).size()).isZero();

        login("office");
        navigate(cn.silian.home.HomeView.class);
        view = navigate(OpinionListView.class);
        assertThat(view.street.isVisible()).isTrue();
        test(view.search).setValue("视图测试");
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    @Test
    void aDeputyPicksOpinionsToDraftASuggestionFrom() {
        long street = streetOf("street01");
        long own = TestUsers.as(accounts, "deputy", () -> opinions.record(OpinionSource.DIRECT, null,
                new OpinionDraft("视图建议：学校门口拥堵", ReceptionCategory.TRAFFIC, street, null, null, null, null)));
        login("deputy");
        OpinionListView view = navigate(OpinionListView.class);
        assertThat(view.draft.isVisible()).isTrue();
        assertThat(view.draft.isEnabled()).isFalse();
        test(view.search).setValue("视图建议");
        view.grid.select(test(view.grid).getRow(0));
        assertThat(view.draft.isEnabled()).isTrue();
        assertThat(view.draftRoute()).isEqualTo("suggestions/new?opinions=" + own);

        login("street01");
        navigate(cn.silian.home.HomeView.class);
        assertThat(navigate(OpinionListView.class).draft.isVisible()).isFalse();
    }

    @Test
    void theHomePagesLinkOpensTheListNarrowedToWhatWaitsForTriage() {
        login("street01");
        com.vaadin.flow.component.UI.getCurrent().navigate("opinions", com.vaadin.flow.router.QueryParameters.fromString("state=NEW"));
        assertThat(((OpinionListView) getCurrentView()).state.getValue()).isEqualTo(cn.silian.opinions.OpinionState.NEW);
    }

    @Test
    void anotherStreetsOpinionDoesNotExistByAddress() {
        long theirs = record("street02", "别的街道");
        login("street01");
        navigateTo("opinions/" + theirs);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theFormRecordsAnOpinionAndShowsBadInputOnItsFields() {
        login("street01");
        OpinionFormView form = navigate("opinions/new", OpinionFormView.class);
        assertThat(form.street.isReadOnly()).isTrue();
        test(form.save).click();
        assertThat(form.content.isInvalid()).isTrue();
        assertThat(form.category.isInvalid()).isTrue();

        test(form.content).setValue("视图表单：菜市场门口占道经营");
        form.category.setValue(ReceptionCategory.TRAFFIC);
        test(form.contactPhone).setValue("12");
        test(form.save).click();
        assertThat(form.contactPhone.isInvalid()).isTrue();
        test(form.contactPhone).setValue("13812341234");
        test(form.save).click();
        OpinionView page = (OpinionView) getCurrentView();
        assertThat(page.details.content()).isEqualTo("视图表单：菜市场门口占道经营");
        assertThat(page.details.contactPhone()).isEqualTo("138****1234");
    }

    @Test
    void aReceptionEntryOpensTheFormFilledAndTheOpinionLinksBack() {
        long station = stationOf("street01");
        long reception = TestUsers.as(accounts, "street01", () -> receptions.log(station, null, new ReceptionDraft(
                LocalDateTime.now(Formats.ZONE).minusHours(1), "李大爷", "13900001111", ReceptionCategory.ENVIRONMENT,
                "视图：河道有异味", null)));
        login("street01");
        OpinionFormView form = navigate("opinions/new/reception/" + reception, OpinionFormView.class);
        assertThat(form.content.getValue()).isEqualTo("视图：河道有异味");
        assertThat(form.category.getValue()).isEqualTo(ReceptionCategory.ENVIRONMENT);
        test(form.save).click();
        OpinionView page = (OpinionView) getCurrentView();
        assertThat(find(Anchor.class, page).all()).extracting(Anchor::getHref).contains("stations/" + station);

        login("street02");
        navigateTo("opinions/new/reception/" + reception);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void staffClassifyAndResolveOnThePageAndTheDeputyOnlyReads() {
        long id = record("street01", "视图页面：楼道灯不亮");
        login("street01");
        OpinionView page = navigate("opinions/" + id, OpinionView.class);
        assertThat(page.classify.isVisible()).isTrue();
        test(page.classify).click();
        Dialog dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<ReceptionCategory> category = find(ComboBox.class, dialog).single();
        category.setValue(ReceptionCategory.HOUSING);
        test(find(Button.class, dialog).withText("保存").single()).click();
        assertThat(page.details.state()).isEqualTo(OpinionState.CLASSIFIED);
        assertThat(page.details.category()).isEqualTo(ReceptionCategory.HOUSING);

        test(page.resolve).click();
        Dialog resolve = find(Dialog.class).last();
        test(find(Button.class, resolve).withText("保存").single()).click();
        assertThat(page.details.state()).isEqualTo(OpinionState.CLASSIFIED);
        test(find(TextArea.class, resolve).first()).setValue("物业当天更换灯泡");
        test(find(Button.class, resolve).withText("保存").single()).click();
        assertThat(page.details.state()).isEqualTo(OpinionState.RESOLVED_ON_SPOT);
        assertThat(page.resolve.isVisible()).isFalse();
        assertThat(page.publicAnswer.isVisible()).isTrue();

        long street = streetOf("street01");
        long deputyOwn = TestUsers.as(accounts, "deputy", () -> opinions.record(OpinionSource.DIRECT, null,
                new OpinionDraft("代表自己记录的", ReceptionCategory.OTHER, street, null, null, null, null)));
        login("deputy");
        OpinionView own = navigate("opinions/" + deputyOwn, OpinionView.class);
        assertThat(own.classify.isVisible()).isFalse();
        assertThat(own.resolve.isVisible()).isFalse();
        assertThat(own.answer.isVisible()).isFalse();
    }

    @Test
    void aUnitSeesItsMattersAndAnswersOne() {
        long unit = TestUsers.as(accounts, "office", () -> units.create(new UnitDraft("视图测试交通局", UnitKind.GOVERNMENT_DEPARTMENT,
                "张科长", "0571-87000000", true)).id());
        TestUsers.as(accounts, "admin", () -> accounts.create(new AccountDraft("unit-view", "交通局", Role.UNIT, null, null,
                unit, true), "Silian@2026-unit"));
        long id = record("street01", "视图交办：信号灯时间太短");
        TestUsers.as(accounts, "street01", () -> opinions.forward(id, opinions.get(id).version(), unit));

        login("unit-view");
        MattersView matters = navigate(MattersView.class);
        assertThat(test(matters.grid).size()).isEqualTo(1);
        assertThat(test(matters.grid).getRow(0).id()).isEqualTo(id);
        OpinionView page = navigate("opinions/" + id, OpinionView.class);
        assertThat(page.answer.isVisible()).isTrue();
        assertThat(page.classify.isVisible()).isFalse();
        test(page.answer).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextArea.class, dialog).first()).setValue("已延长绿灯时间");
        test(find(Button.class, dialog).withText("保存").single()).click();
        assertThat(page.details.state()).isEqualTo(OpinionState.ANSWERED_BY_UNIT);
        navigate(OpinionListView.class);
        matters = navigate(MattersView.class);
        assertThat(test(matters.grid).size()).isZero();
    }

    @Test
    void thePosterShowsTheQrCodeAndShortAddressToTheStreetsStaffOnly() {
        long station = stationOf("street01");
        login("street01");
        IntakePosterView poster = navigate("opinions/intake/" + station, IntakePosterView.class);
        assertThat(poster.url).endsWith("/intake/" + station);
        assertThat(poster.address.getText()).isEqualTo(poster.url);
        assertThat(find(Image.class, poster).single().getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("二维码"));

        login("street02");
        navigateTo("opinions/intake/" + station);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
