package cn.silian.stations;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.DeputyService;
import cn.silian.people.Expertise;
import cn.silian.security.AccountService;
import cn.silian.shared.InvalidInputException;
import cn.silian.streets.StreetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@Tag("db")
class RosterServiceTest {

    @Autowired RosterService roster;
    @Autowired StationService stations;
    @Autowired DeputyService deputies;
    @Autowired StreetService streets;
    @Autowired AccountService accounts;
    @Autowired RosterEntryRepository entries;
    @Autowired cn.silian.audit.AuditService audit;

    long street;
    long stationA;
    long stationB;
    long specialist;

    @BeforeEach
    void twoStationsOfTheFirstStreet() {
        TestUsers.login(accounts, "street01");
        street = streets.all().getFirst().id();
        stationA = StationsTestData.station(stations, "T-A", street, null);
        stationB = StationsTestData.station(stations, "T-B", street, null);
        specialist = StationsTestData.station(stations, "T-S", street, Expertise.LAW);
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void aPersonHasOneHomeStationAndMovingKeepsTheHistory() {
        long person = newcomer("甲测试");
        roster.add(stationA, person, false);
        assertThatThrownBy(() -> roster.add(stationB, person, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("roster.has-home"));
        assertThat(memberIds(stationB)).doesNotContain(person);

        roster.add(stationB, person, true);
        assertThat(memberIds(stationA)).doesNotContain(person);
        assertThat(memberIds(stationB)).contains(person);
        assertThat(roster.history(stationA, PageRequest.of(0, 10)).getContent())
                .anySatisfy(c -> {
                    assertThat(c.deputyId()).isEqualTo(person);
                    assertThat(c.leftOn()).isEqualTo(LocalDate.now(cn.silian.shared.Formats.ZONE));
                    assertThat(c.leftBy().displayName()).endsWith("工委 李娜");
                });
    }

    @Test
    void specialistStationsComeOnTopOfTheHomeStation() {
        long person = newcomer("乙测试");
        roster.add(stationA, person, false);
        roster.add(specialist, person, false);
        assertThat(roster.membershipsOf(person)).extracting(Membership::home).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void theDatabaseItselfRefusesASecondCurrentHome() {
        long person = newcomer("丙测试");
        entries.saveAndFlush(new RosterEntry(stationA, person, true, LocalDate.now(), "test"));
        assertThatThrownBy(() -> entries.saveAndFlush(new RosterEntry(stationB, person, true, LocalDate.now(), "test")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void thePlacementAssistantProposesTheSameCommunityAndAppliesAllAtOnce() {
        long person = newcomer("丁测试");
        List<PlacementProposal> proposals = roster.proposePlacement(street);
        PlacementProposal mine = proposals.stream().filter(p -> p.deputyId() == person).findFirst().orElseThrow();
        assertThat(mine.stationId()).isIn(stationA, stationB);
        assertThat(mine.reason()).isEqualTo(PlacementAssistant.Reason.SAME_COMMUNITY);
        assertThat(proposals).extracting(PlacementProposal::deputyId).doesNotHaveDuplicates();

        assertThat(roster.applyPlacement(Map.of(person, mine.stationId()))).isEqualTo(1);
        assertThat(roster.proposePlacement(street)).extracting(PlacementProposal::deputyId).doesNotContain(person);
    }

    @Test
    void aLocatedPersonWhoseCommunityHasNoStationIsProposedTheNearestStationOfHisStreet() {
        long far = StationsTestData.station(stations, "T-FAR", street, null, 31.50, 121.50);
        long near = StationsTestData.station(stations, "T-NEAR", street, null, 31.40, 121.40);
        long person = TestUsers.as(accounts, "office", () ->
                StationsTestData.person(deputies, "戊测试", street, "无站社区", 31.401, 121.402));

        PlacementProposal mine = roster.proposePlacement(street).stream()
                .filter(p -> p.deputyId() == person).findFirst().orElseThrow();

        assertThat(mine.stationId()).isEqualTo(near).isNotEqualTo(far);
        assertThat(mine.reason()).isEqualTo(PlacementAssistant.Reason.NEAREST_IN_STREET);
        assertThat(mine.distanceKm()).isBetween(0.0, 1.0);
    }

    @Test
    void theSheetExportedIsTheSheetImported() {
        roster.add(stationA, newcomer("戊测试"), false);
        roster.add(stationA, newcomer("己测试"), false);
        List<RosterRow> exported = roster.exportRows(stationA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterSheet.write(List.of("a", "b", "c", "d", "e", "f"), exported, out);

        RosterSheet.Parsed parsed = RosterSheet.read(new ByteArrayInputStream(out.toByteArray()), 100);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).extracting(RosterSheet.Line::row).containsExactlyElementsOf(exported);
        RosterImportCheck.Result checked = roster.checkImport(parsed.lines());
        assertThat(checked.ok()).isTrue();
        assertThat(roster.applyImport(checked.placements(), done -> { })).as("nothing to change").isZero();

        TestUsers.login(accounts, "admin");
        assertThat(audit.page(new cn.silian.audit.AuditFilter(null, "Station", cn.silian.shared.AuditEvent.Action.DOWNLOAD,
                String.valueOf(stationA)), PageRequest.of(0, 10)).getContent()).as("the export is audited")
                .singleElement().satisfies(r -> assertThat(r.actor()).isEqualTo("street01"));
    }

    @Test
    void aSheetWithErrorsSavesNothingAndNamesEveryRow() {
        long before = roster.countMembers(stationA);
        List<RosterSheet.Line> lines = List.of(
                new RosterSheet.Line(2, new RosterRow("T-A", "", "无此人", "", "HOME", "")),
                new RosterSheet.Line(3, new RosterRow("NO-SUCH", "", "陈志强", "", "HOME", "")),
                new RosterSheet.Line(4, new RosterRow("T-S", "", "陈志强", "", "HOME", "")));
        RosterImportCheck.Result checked = roster.checkImport(lines);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.problems()).extracting(RosterSheet.Problem::rowNumber).contains(2, 3, 4);
        assertThat(roster.countMembers(stationA)).isEqualTo(before);
    }

    @Test
    void anotherStreetsStationInASheetIsRefused() {
        String foreignCode = TestUsers.as(accounts, "street02", () ->
                stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().code());
        RosterImportCheck.Result checked = roster.checkImport(List.of(
                new RosterSheet.Line(2, new RosterRow(foreignCode, "", "陈志强", "", "HOME", ""))));
        assertThat(checked.problems()).extracting(RosterSheet.Problem::kind).containsExactly(RosterSheet.Problem.Kind.WRONG_STATION);
    }

    @Test
    void aCleanSheetSavesEveryRowAtOnce() {
        long one = newcomer("庚测试");
        long two = newcomer("辛测试");
        List<RosterSheet.Line> lines = List.of(
                new RosterSheet.Line(2, new RosterRow("T-A", "", "庚测试", "", "HOME", "")),
                new RosterSheet.Line(3, new RosterRow("T-A", "", "辛测试", "", "HOME", "")),
                new RosterSheet.Line(4, new RosterRow("T-S", "", "辛测试", "", "SPECIALIST", "")));
        RosterImportCheck.Result checked = roster.checkImport(lines);
        assertThat(checked.problems()).isEmpty();
        java.util.List<Integer> progress = new java.util.ArrayList<>();
        assertThat(roster.applyImport(checked.placements(), progress::add)).isEqualTo(3);
        assertThat(progress).containsExactly(1, 2, 3);
        assertThat(memberIds(stationA)).contains(one, two);
        assertThat(memberIds(specialist)).contains(two);
    }

    @Test
    void streetStaffCannotMoveAnotherStreetsResidentOntoTheirStation() {
        long chen = chenZhiqiang();
        long eastLake = eastLakeStation();
        List<Membership> before = TestUsers.as(accounts, "office", () -> roster.membershipsOf(chen));
        TestUsers.login(accounts, "street02");

        assertThatThrownBy(() -> roster.add(eastLake, chen, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo("roster.other-street");
                    assertThat(e.problems().getFirst().args()).containsExactly("陈志强");
                });
        assertThatThrownBy(() -> roster.applyImport(List.of(new RosterImportCheck.Placement(2, eastLake, chen, true)), done -> { }))
                .as("a placement that skipped the check is refused all the same").isInstanceOf(InvalidInputException.class);
        assertThat(TestUsers.as(accounts, "office", () -> roster.membershipsOf(chen))).isEqualTo(before);
    }

    @Test
    void theOfficeStillPlacesAnybodyAnywhere() {
        long chen = chenZhiqiang();
        long eastLake = eastLakeStation();
        TestUsers.login(accounts, "office");
        roster.add(eastLake, chen, true);
        assertThat(memberIds(eastLake)).contains(chen);
    }

    @Test
    void theRosterPickerOffersStreetStaffOnlyTheirOwnStreetsResidents() {
        long chen = chenZhiqiang();
        long eastLake = eastLakeStation();
        TestUsers.login(accounts, "street02");
        assertThat(roster.placesOnlyOwnStreet()).isTrue();
        assertThat(roster.candidates(eastLake, "陈志强", PageRequest.of(0, 50)).getContent())
                .extracting(cn.silian.people.DeputySummary::id).doesNotContain(chen);
        assertThat(roster.candidates(eastLake, "", PageRequest.of(0, 50)).getContent()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.streetName()).isEqualTo("东湖街道"));

        TestUsers.login(accounts, "office");
        assertThat(roster.placesOnlyOwnStreet()).isFalse();
        assertThat(roster.candidates(eastLake, "陈志强", PageRequest.of(0, 50)).getContent())
                .extracting(cn.silian.people.DeputySummary::id).contains(chen);
    }

    @Test
    void aSheetPlacingAnotherStreetsResidentIsRefusedOnThatRowAndChangesNothing() {
        long chen = chenZhiqiang();
        long eastLake = eastLakeStation();
        long own = TestUsers.as(accounts, "office", () -> StationsTestData.person(deputies, "壬测试", streetOf("street02"), "测试社区"));
        List<Membership> before = TestUsers.as(accounts, "office", () -> roster.membershipsOf(chen));
        TestUsers.login(accounts, "street02");

        RosterImportCheck.Result checked = roster.checkImport(List.of(
                new RosterSheet.Line(2, new RosterRow("T-E", "", "壬测试", "", "HOME", "")),
                new RosterSheet.Line(3, new RosterRow("T-E", "", "陈志强", "", "HOME", ""))));

        assertThat(checked.ok()).isFalse();
        assertThat(checked.problems()).containsExactly(
                new RosterSheet.Problem(3, RosterSheet.Problem.Kind.OTHER_STREET_PERSON, "陈志强"));
        assertThat(checked.placements()).extracting(RosterImportCheck.Placement::personId).containsExactly(own);
        assertThat(TestUsers.as(accounts, "office", () -> roster.membershipsOf(chen))).isEqualTo(before);
    }

    /** The demo deputy 陈志强, who lives in 城关街道 (street01's street). */
    private long chenZhiqiang() {
        return ((cn.silian.security.SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
    }

    private long streetOf(String staff) {
        return ((cn.silian.security.SilianUser) accounts.loadUserByUsername(staff)).streetId();
    }

    /** An ordinary station of 东湖街道 (street02's street). */
    private long eastLakeStation() {
        return TestUsers.as(accounts, "office", () -> StationsTestData.station(stations, "T-E", streetOf("street02"), null));
    }

    private long newcomer(String name) {
        return TestUsers.as(accounts, "office", () -> StationsTestData.person(deputies, name, street, "测试社区"));
    }

    private List<Long> memberIds(long station) {
        return roster.members(station, PageRequest.of(0, 500)).map(RosterMember::deputyId).getContent();
    }
}
