package cn.silian.campaigns.ui;

import cn.silian.TestUsers;
import cn.silian.campaigns.CampaignFilter;
import cn.silian.campaigns.CampaignService;
import cn.silian.campaigns.CampaignStatus;
import cn.silian.campaigns.ItemKind;
import cn.silian.opinions.OpinionsClock;
import cn.silian.security.SilianUser;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class CampaignViewsTest extends BrowserlessTestBase {

    @Autowired CampaignService campaigns;

    private long demo(int year) {
        return TestUsers.as(accounts, "office", () -> campaigns.page(new CampaignFilter(year, null), Pageable.unpaged())
                .getContent().getFirst().id());
    }

    private long street(String user) {
        return ((SilianUser) accounts.loadUserByUsername(user)).streetId();
    }

    @Test
    void theOfficeListsCampaignsAndPreparesAndOpensANewOne() {
        login("office");
        CampaignListView list = navigate(CampaignListView.class);
        assertThat(list.create.isVisible()).isTrue();
        assertThat(test(list.grid).size()).isGreaterThanOrEqualTo(2);
        test(list.status).selectItem("已结束");
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(list.total.getText()).isEqualTo("共 1 个");

        test(list.create).click();
        CampaignEditView edit = (CampaignEditView) getCurrentView();
        test(edit.save).click();
        assertThat(edit.theme.isInvalid()).isTrue();
        test(edit.theme).setValue("2028年集中调研月");
        test(edit.year).setValue(2040);
        test(edit.startsOn).setValue(OpinionsClock.today().plusDays(1));
        test(edit.endsOn).setValue(OpinionsClock.today());
        test(edit.streets.get(street("street01")).takesPart).click();
        test(edit.save).click();
        assertThat(edit.endsOn.isInvalid()).isTrue();
        assertThat(edit.endsOn.getErrorMessage()).isEqualTo("结束日期不能早于开始日期。");
        test(edit.endsOn).setValue(OpinionsClock.today().plusDays(30));
        test(edit.save).click();

        CampaignView view = (CampaignView) getCurrentView();
        assertThat(view.title.getText()).isEqualTo("2028年集中调研月");
        assertThat(view.facts.getText()).contains("草稿").contains("2040");
        assertThat(view.open.isVisible()).isTrue();
        test(view.open).click();
        assertThat(view.facts.getText()).contains("进行中");
        assertThat(view.close.isVisible()).isTrue();
        assertThat(test(view.streetGrid).size()).isEqualTo(1);
        assertThat(test(view.streetGrid).getCellText(0, 1)).isEqualTo("0 / 2");
    }

    @Test
    void theEditFormShowsTheCampaignAndRefusesAStaleSave() {
        long current = demo(2027);
        login("office");
        navigateTo("campaigns/" + current + "/edit");
        CampaignEditView edit = (CampaignEditView) getCurrentView();
        assertThat(edit.theme.getValue()).isEqualTo("2026年集中调研月");
        assertThat(edit.streets.get(street("street01")).takesPart.getValue()).isTrue();
        assertThat(edit.streets.get(street("street01")).visits.getValue()).isEqualTo(4);
        TestUsers.as(accounts, "office", () -> campaigns.update(current, campaigns.details(current).version(),
                campaigns.edit(current).draft()));
        login("office");
        test(edit.theme).setValue("changed");
        test(edit.save).click();
        assertThat(TestUsers.as(accounts, "office", () -> campaigns.summary(current).theme())).isEqualTo("2026年集中调研月");
        assertThat(getCurrentView()).isSameAs(edit);
    }

    @Test
    void theOfficeTagsAnOpinionOfThePeriodAndClosesTheCampaign() throws Exception {
        long current = demo(2027);
        login("office");
        navigateTo("campaigns/" + current);
        CampaignView view = (CampaignView) getCurrentView();
        long before = campaigns.countTagged(current, ItemKind.OPINION);
        assertThat(test(view.opinions).size()).isEqualTo((int) before);
        test(view.addOpinions).click();
        TagDialog dialog = find(TagDialog.class).single();
        assertThat(test(dialog.grid).size()).isGreaterThan(0);
        Button tag = find(Button.class, test(dialog.grid).getCellComponent(0, dialog.grid.getColumns().size() - 1)).single();
        test(tag).click();
        assertThat(campaigns.countTagged(current, ItemKind.OPINION)).isEqualTo(before + 1);
        dialog.close();
        assertThat(test(view.opinions).size()).isEqualTo((int) before + 1);

        test(view.export.build).click();
        byte[] xlsx = view.export.building().get(60, TimeUnit.SECONDS);
        assertThat(xlsx).isNotEmpty();
        view.export.finished(xlsx, null);
        assertThat(view.export.download.isVisible()).isTrue();

        test(view.close).click();
        Button confirm = find(Button.class).withText("结束调研月").all().stream()
                .filter(b -> b != view.close).findFirst().orElseThrow();
        test(confirm).click();
        assertThat(campaigns.summary(current).status()).isEqualTo(CampaignStatus.OPEN);
        find(com.vaadin.flow.component.textfield.TextArea.class).single().setValue("本期调研圆满完成。");
        test(confirm).click();
        assertThat(campaigns.summary(current).status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(view.report.getElement().getTextRecursively()).contains("本期调研圆满完成。");
    }

    @Test
    void aStreetsStaffSeeTheirStreetAndADeputyOnlyReads() {
        long current = demo(2027);
        login("street01");
        CampaignListView list = navigate(CampaignListView.class);
        assertThat(list.create.isVisible()).isFalse();
        navigateTo("campaigns/" + current);
        CampaignView view = (CampaignView) getCurrentView();
        assertThat(test(view.streetGrid).size()).isEqualTo(1);
        assertThat(test(view.streetGrid).getCellText(0, 0)).isEqualTo("城关街道");
        assertThat(test(view.streetGrid).getCellText(0, 1)).isEqualTo("3 / 4");
        assertThat(view.addOpinions.isAttached()).isTrue();
        assertThat(view.open.isVisible() || view.close.isVisible()).isFalse();

        login("deputy");
        navigateTo("campaigns/" + current);
        CampaignView read = (CampaignView) getCurrentView();
        assertThat(test(read.streetGrid).size()).isGreaterThan(1);
        assertThat(read.addOpinions.isAttached()).isFalse();
        assertThat(read.close.isVisible()).isFalse();
        assertThat(read.export).isNull();
        Grid<?> opinions = read.opinions;
        assertThat(test(opinions).size()).isGreaterThan(0);
    }
}
