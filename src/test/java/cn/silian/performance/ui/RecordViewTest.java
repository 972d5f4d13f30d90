package cn.silian.performance.ui;

import cn.silian.people.ui.DeputyView;
import cn.silian.performance.PointsQuery;
import cn.silian.performance.RecordSection;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.AccessDeniedView;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RecordViewTest extends BrowserlessTestBase {

    private static final int YEAR = LocalDate.now(Formats.ZONE).getYear();

    @Autowired PointsQuery points;

    /** Opens the record's page with a query (the base class's navigation takes a path only). */
    private static void openRecord(String query) {
        UI.getCurrent().navigate("points/record", QueryParameters.fromString(query));
    }

    private long deputyOf(String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).deputyId();
    }

    @Test
    void aDeputyOpensHisOwnRecordFromTheMenuWithItsPointsAndADownload() {
        long chen = deputyOf("deputy");
        login("deputy");
        navigateTo("my-record");

        RecordView view = (RecordView) getCurrentView();
        String shown = view.content.getElement().getTextRecursively();
        assertThat(view.record().deputyId()).isEqualTo(chen);
        assertThat(shown).contains("履职档案 陈志强 " + YEAR).contains("城关街道")
                .contains(view.record().section(RecordSection.MEETINGS).items().getFirst().title())
                .contains("积分合计 " + points.of(chen, YEAR).total() + " 分");
        assertThat(view.deputy.isVisible()).isFalse();
        assertThat(view.year.getValue()).isEqualTo(YEAR);
        assertThat(view.download.isEnabled()).isTrue();
        assertThat(view.download.getHref()).isNotBlank();
    }

    @Test
    void theOfficeChoosesADeputyAndAYear() {
        long chen = deputyOf("deputy");
        login("office");
        navigateTo("points/record");
        RecordView view = (RecordView) getCurrentView();
        assertThat(view.deputy.isVisible()).isTrue();
        assertThat(view.record()).isNull();
        assertThat(view.download.isEnabled()).isFalse();
        assertThat(view.content.getElement().getTextRecursively()).contains("请选择一位代表");

        openRecord("deputy=" + chen + "&year=" + (YEAR - 1));
        view = (RecordView) getCurrentView();
        assertThat(view.record().name()).isEqualTo("陈志强");
        assertThat(view.record().year()).isEqualTo(YEAR - 1);
        assertThat(view.deputy.getValue().id()).isEqualTo(chen);
        assertThat(view.year.getValue()).isEqualTo(YEAR - 1);

        test(view.year).selectItem(String.valueOf(YEAR));
        view = (RecordView) getCurrentView();
        assertThat(view.record().year()).isEqualTo(YEAR);
        assertThat(view.record().deputyId()).isEqualTo(chen);
    }

    @Test
    void aDeputyAskingForAnothersRecordIsRefused() {
        long liu = deputyOf("npc");
        login("deputy");
        openRecord("deputy=" + liu);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void anotherStreetsStaffAreRefusedTheDeputysRecordAndHisOwnStreetsAreNot() {
        long chen = deputyOf("deputy");
        login("street02");
        openRecord("deputy=" + chen);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);

        login("street01");
        openRecord("deputy=" + chen);
        assertThat(((RecordView) getCurrentView()).record().name()).isEqualTo("陈志强");
    }

    @Test
    void theDeputysPageLinksToHisRecordForThoseWhoMayReadIt() {
        long chen = deputyOf("deputy");
        long liu = deputyOf("npc");
        login("street01");
        DeputyView page = navigate("deputies/" + chen, DeputyView.class);
        assertThat(find(Anchor.class, page).all()).extracting(Anchor::getHref).contains("points/record?deputy=" + chen);

        login("deputy");
        page = navigate("deputies/" + liu, DeputyView.class);
        assertThat(find(Anchor.class, page).all()).extracting(Anchor::getHref)
                .noneMatch(href -> href.startsWith("points/record"));
    }
}
