package cn.silian.stations.ui;

import cn.silian.TestUsers;
import cn.silian.people.DeputyDraft;
import cn.silian.people.DeputyService;
import cn.silian.people.Gender;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
import cn.silian.shared.ui.AccessDeniedView;
import cn.silian.shared.ui.Choice;
import cn.silian.stations.DutyService;
import cn.silian.stations.PlanStatus;
import cn.silian.stations.PlanSummary;
import cn.silian.stations.RosterRow;
import cn.silian.stations.RosterSheet;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.streets.StreetService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class StationViewsTest extends BrowserlessTestBase {

    @Autowired StationService stations;
    @Autowired DutyService duty;
    @Autowired DeputyService deputies;
    @Autowired StreetService streets;

    @Test
    void streetStaffListOnlyTheirStreetAndTheOfficeSeesTheOverview() {
        login("street01");
        StationListView view = navigate(StationListView.class);
        assertThat(view.street.isVisible()).isFalse();
        assertThat(find(Details.class, view).all()).isEmpty();
        int size = test(view.grid).size();
        assertThat(size).isPositive();
        for (int i = 0; i < size; i++) {
            assertThat(test(view.grid).getRow(i).streetName()).isEqualTo("城关街道");
        }

        login("office");
        navigate(cn.silian.home.HomeView.class);
        view = navigate(StationListView.class);
        assertThat(test(view.grid).size()).isEqualTo(40);
        assertThat(view.getChildren().filter(Details.class::isInstance).map(d -> ((Details) d).getSummaryText()))
                .containsExactly("各街道概况");
    }

    @Test
    void street02IsRefusedAStationOfTheFirstStreetByAddress() {
        long first = firstStreetStation();
        login("street02");
        navigateTo("stations/" + first);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void staffAddAPersonToTheRosterAndAreAskedBeforeMovingHisHome() {
        long stationId = firstStreetStation();
        login("street01");
        StationView view = navigate("stations/" + stationId, StationView.class);
        select(view, 1);
        RosterTab roster = view.rosterTab;
        int before = test(roster.members).size();
        long newcomer = newPerson("新来者");
        roster.person.setValue(new Choice(newcomer, "新来者"));
        test(roster.add).click();
        assertThat(test(roster.members).size()).isEqualTo(before + 1);

        long settled = test(roster.members).getRow(0).deputyId();
        long otherStation = stations.page(StationFilter.none(), PageRequest.of(0, 5)).getContent().stream()
                .filter(s -> s.id() != stationId && !s.specialist()).findFirst().orElseThrow().id();
        StationView other = navigate("stations/" + otherStation, StationView.class);
        select(other, 1);
        other.rosterTab.person.setValue(new Choice(settled, "x"));
        test(other.rosterTab.add).click();
        assertThat(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single().isOpened()).isTrue();
    }

    @Test
    void street02IsNeitherOfferedNorAllowedToPlaceAResidentOfAnotherStreet() throws Exception {
        long chen = ((cn.silian.security.SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        login("street02");
        long stationId = stations.page(StationFilter.none(), PageRequest.of(0, 20)).getContent().stream()
                .filter(s -> !s.specialist()).findFirst().orElseThrow().id();
        StationView view = navigate("stations/" + stationId, StationView.class);
        select(view, 1);
        RosterTab roster = view.rosterTab;
        int before = test(roster.members).size();
        assertThat(roster.person.getHelperText()).isEqualTo("仅限居住在本街道的人员；其他人员由常委会办公室编入。");
        test(roster.person).setFilter("陈志强");
        assertThat(test(roster.person).getSuggestionItems()).extracting(Choice::id).doesNotContain(chen);

        // A value forced past the picker (as a crafted request could) is refused, with the reason.
        roster.person.setValue(new Choice(chen, "陈志强"));
        test(roster.add).click();
        assertThat(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).all()).as("no offer to move him").isEmpty();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("陈志强居住在其他街道：街道工委只能编入本街道的人员，其他人员由常委会办公室编入。");
        assertThat(test(roster.members).size()).isEqualTo(before);

        String code = stations.page(StationFilter.none(), PageRequest.of(0, 20)).getContent().stream()
                .filter(s -> s.id() == stationId).findFirst().orElseThrow().code();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterSheet.write(List.of("a", "b", "c", "d", "e", "f"), List.of(new RosterRow(code, "", "陈志强", "", "HOME", "")), out);
        find(RosterTransfer.class).single().check(out.toByteArray());
        Dialog report = find(Dialog.class).single();
        assertThat(report.getHeaderTitle()).isEqualTo("表格中有 1 处问题");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<RosterSheet.Problem> problems = find(com.vaadin.flow.component.grid.Grid.class, report).single();
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(problems).getCellText(0, 1))
                .isEqualTo("陈志强居住在其他街道，未予编入：街道工委只能编入本街道的人员，其他人员由常委会办公室编入。");
        assertThat(test(roster.members).size()).isEqualTo(before);
    }

    @Test
    void staffGenerateAPlanAndSeeEveryShiftFilledAndAfterPublishingStillSeeItWithItsNotice() {
        long stationId = firstStreetStation();
        DutyTab tab = openAsStreet01(stationId, 2).dutyTab;
        int plansBefore = duty.plans(stationId).size();
        tab.from.setValue(tab.from.getValue().plusMonths(4));
        tab.to.setValue(tab.from.getValue().plusMonths(1));
        test(tab.generate).click();
        assertThat(duty.plans(stationId)).hasSize(plansBefore + 1);
        PlanSummary created = duty.plans(stationId).getFirst();
        assertThat(created.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(created.unfilled()).isZero();
        assertThat(test(tab.shifts).size()).isEqualTo((int) created.shifts());
        test(tab.publish).click();
        assertThat(duty.plan(created.id()).status()).isEqualTo(PlanStatus.PUBLISHED);

        assertThat(tab.plans.asSingleSelect().getValue()).extracting(PlanSummary::id).isEqualTo(created.id());
        assertThat(test(tab.shifts).size()).isEqualTo((int) created.shifts());
        assertThat(tab.notice.isVisible()).isTrue();
        assertThat(tab.notice.getHref()).endsWith("/notices/" + created.id());
        assertThat(tab.publish.isEnabled()).as("a published plan is not published twice").isFalse();
    }

    @Test
    void everyDutyListThatCanBeEmptySaysSo() {
        StationView view = openAsStreet01(firstStreetStation(), 2);
        DutyTab tab = view.dutyTab;
        tab.plans.deselectAll();
        assertThat(test(tab.shifts).size()).isZero();
        assertThat(tab.shifts.getEmptyStateText()).isEqualTo("请在上方选择一个值班安排，查看其班次。");
        assertThat(tab.plans.getEmptyStateText()).isEqualTo("尚无值班安排，请在“新建值班安排”中生成。");
        assertThat(tab.swaps.getEmptyStateText()).isNotBlank();
        assertThat(view.rosterTab.history.getEmptyStateText()).isEqualTo("尚无离开本站的成员。");
    }

    @Test
    void aPlanInThePastIsRefusedWithAMessage() {
        long stationId = firstStreetStation();
        login("street01");
        StationView view = navigate("stations/" + stationId, StationView.class);
        select(view, 2);
        DutyTab tab = view.dutyTab;
        int before = duty.plans(stationId).size();
        tab.daysOfMonth.setValue("第五天");
        test(tab.generate).click();
        assertThat(tab.daysOfMonth.isInvalid()).isTrue();
        assertThat(duty.plans(stationId)).hasSize(before);
    }

    @Test
    void staffLogAVisit() {
        long stationId = firstStreetStation();
        login("street01");
        StationView view = navigate("stations/" + stationId, StationView.class);
        select(view, 3);
        int before = test(view.receptionTab.grid).size();
        test(view.receptionTab.log).click();
        ReceptionDialog dialog = find(ReceptionDialog.class).single();
        test(dialog.concern).setValue("希望增设公交站");
        test(dialog.save).click();
        assertThat(test(view.receptionTab.grid).size()).isEqualTo(before + 1);
        assertThat(test(view.receptionTab.grid).getRow(0).concern()).isEqualTo("希望增设公交站");
        // Who recorded it is named as people know him, not by his login name.
        assertThat(test(view.receptionTab.grid).getCellText(0, columnOf(view.receptionTab.grid, "登记人")))
                .endsWith("工委 李娜（街道工委）").doesNotContain("street01");
    }

    @Test
    void aBrokenSheetListsItsProblemsAndSavesNothing() throws Exception {
        long stationId = firstStreetStation();
        login("street01");
        StationView view = navigate("stations/" + stationId, StationView.class);
        select(view, 1);
        int before = test(view.rosterTab.members).size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterSheet.write(List.of("a", "b", "c", "d", "e", "f"), List.of(
                new RosterRow("NO-SUCH", "", "陈志强", "", "HOME", ""),
                new RosterRow("ZD-01", "", "查无此人", "", "HOME", "")), out);
        RosterTransfer transfer = find(RosterTransfer.class).single();
        transfer.check(out.toByteArray());
        Dialog report = find(Dialog.class).single();
        assertThat(report.getHeaderTitle()).isEqualTo("表格中有 2 处问题");
        transfer.check("not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(find(Dialog.class).all()).anySatisfy(d -> assertThat(d.getHeaderTitle()).isEqualTo("表格中有 1 处问题"));
        assertThat(test(view.rosterTab.members).size()).isEqualTo(before);
    }

    @Test
    void thePlacementAssistantPlacesANewcomer() {
        long newcomer = newPerson("待编入者");
        login("street01");
        PlacementView view = navigate(PlacementView.class);
        assertThat(view.street.isReadOnly()).isTrue();
        assertThat(view.grid.getEmptyStateText()).as("nothing proposed yet: no claim that everybody is placed")
                .isEqualTo("点击“生成建议”，为本街道尚未编入站点的人员推荐就近站点。");
        test(view.propose).click();
        assertThat(view.chosen).containsKey(newcomer);
        assertThat(view.chosen.get(newcomer)).isNotNull();
        test(view.apply).click();
        assertThat(test(find(Notification.class).last()).getText()).startsWith("已编入");
        assertThat(view.chosen).doesNotContainKey(newcomer);
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("本街道人员均已编入。");
    }

    @Test
    void theNoticeListsEveryShiftOfAPublishedPlan() {
        long stationId = firstStreetStation();
        login("street01");
        PlanSummary plan = duty.plans(stationId).getFirst();
        DutyNoticeView notice = navigate("stations/" + stationId + "/notices/" + plan.id(), DutyNoticeView.class);
        assertThat(find(NativeTableCell.class, notice).all()).hasSize((int) plan.shifts() * 3);
        assertThat(find(Button.class, notice).single().getText()).isEqualTo("打印");
    }

    @Test
    void aDeputySeesHisShiftsAndStationsAndAsksToSwap() {
        login("deputy");
        MyDutyView view = navigate(MyDutyView.class);
        assertThat(test(view.shifts).size()).isPositive();
        assertThat(test(view.stations).size()).isPositive();
        assertThat(view.stations.getEmptyStateText()).isEqualTo("您尚未编入任何联络站。");
        Button swap = (Button) ((com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                test(view.shifts).getCellComponent(0, 3)).getComponentAt(0);
        test(swap).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(com.vaadin.flow.component.textfield.TextField.class, dialog).single()).setValue("出差");
        test(find(Button.class, dialog).withText("提交").single()).click();
        assertThat(test(view.shifts).getRow(0).swapPending()).isTrue();
    }

    private StationView openAsStreet01(long stationId, int section) {
        login("street01");
        StationView view = navigate("stations/" + stationId, StationView.class);
        select(view, section);
        return view;
    }

    private void select(StationView view, int tab) {
        view.sections.get(tab).setOpened(true);
    }

    private long firstStreetStation() {
        return TestUsers.as(accounts, "street01", () ->
                stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id());
    }

    private long newPerson(String name) {
        return TestUsers.as(accounts, "office", () -> {
            DeputyDraft d = new DeputyDraft();
            d.setName(name);
            d.setGender(Gender.MALE);
            d.setStreetId(streets.all().getFirst().id());
            d.setCommunity("幸福社区");
            d.setSeats(List.of(new SeatInfo(Level.STREET, 3, "城关街道议政代表会")));
            return deputies.create(d);
        });
    }

}
