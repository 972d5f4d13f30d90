package cn.silian.stations;

import cn.silian.stations.RosterImportCheck.Lookup;
import cn.silian.stations.RosterImportCheck.PersonRef;
import cn.silian.stations.RosterImportCheck.Placement;
import cn.silian.stations.RosterImportCheck.Result;
import cn.silian.stations.RosterImportCheck.StationRef;
import cn.silian.stations.RosterSheet.Line;
import cn.silian.stations.RosterSheet.Problem;
import cn.silian.stations.RosterSheet.Problem.Kind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RosterImportCheckTest {

    static final StationRef WEST_LAKE = new StationRef(1L, "ST-001", "西湖街道代表联络站", false);
    static final StationRef NORTH_HILL = new StationRef(3L, "ST-003", "北山街道代表联络站", false);
    static final StationRef LAW = new StationRef(2L, "ST-900", "法律专业联络站", true);
    /** Belongs to another street: the importing user may not manage it. */
    static final StationRef ELSEWHERE = new StationRef(9L, "ST-009", "外街道联络站", false);

    static final PersonRef ZHANG_WEI_A = new PersonRef(10L, "张伟", "13812341234");
    static final PersonRef ZHANG_WEI_B = new PersonRef(11L, "张伟", "13912345678");
    static final PersonRef ZHANG_WEI_C = new PersonRef(12L, "张伟", "0571-87654321");
    static final PersonRef LI_NA = new PersonRef(20L, "李娜", "13700001111");
    static final PersonRef WANG_FANG = new PersonRef(30L, "王芳", null);

    final FakeLookup lookup = new FakeLookup();

    @Test
    void aCleanSheetYieldsOnePlacementPerLine() {
        Result result = check(
                row(2, "ST-001", "李娜", "", "HOME"),
                row(3, "ST-900", "李娜", "", "SPECIALIST"),
                row(4, "ST-001", "王芳", "", "HOME"));

        assertThat(result.ok()).isTrue();
        assertThat(result.placements()).containsExactly(
                new Placement(2, 1L, 20L, true),
                new Placement(3, 2L, 20L, false),
                new Placement(4, 1L, 30L, true));
    }

    @Test
    void aRosterExportedAndImportedAgainPassesTheCheck() {
        List<RosterRow> rows = List.of(
                new RosterRow("ST-001", "西湖街道代表联络站", "张伟", "13812341234", "HOME", "区"),
                new RosterRow("ST-900", "法律专业联络站", "张伟", "0571-87654321", "SPECIALIST", "市"),
                new RosterRow("ST-001", "西湖街道代表联络站", "李娜", "137****1111", "HOME", "区"));
        byte[] file = RosterSheetTest.written(rows);

        Result result = RosterImportCheck.check(
                RosterSheet.read(new ByteArrayInputStream(file), 100).lines(), lookup);

        assertThat(result.problems()).isEmpty();
        assertThat(result.placements()).containsExactly(
                new Placement(2, 1L, 10L, true),
                new Placement(3, 2L, 12L, false),
                new Placement(4, 1L, 20L, true));
    }

    @Test
    void aPersonTheImporterMayNotPlaceIsRefusedOnHisRowOnly() {
        lookup.unplaceable.add(WANG_FANG);
        Result result = check(
                row(2, "ST-001", "李娜", "", "HOME"),
                row(3, "ST-001", "王芳", "", "HOME"));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).containsExactly(new Problem(3, Kind.OTHER_STREET_PERSON, "王芳"));
        assertThat(result.placements()).containsExactly(new Placement(2, 1L, 20L, true));
    }

    @Test
    void aMissingStationCodeOrPersonNameIsAMissingValue() {
        Result result = check(
                row(2, "", "李娜", "", "HOME"),
                row(3, "ST-001", " ", "", "HOME"),
                row(4, null, null, "", "HOME"));

        assertThat(result.problems()).containsExactly(
                new Problem(2, Kind.MISSING_VALUE, "stationCode"),
                new Problem(3, Kind.MISSING_VALUE, "personName"),
                new Problem(4, Kind.MISSING_VALUE, "stationCode"),
                new Problem(4, Kind.MISSING_VALUE, "personName"));
        assertThat(result.placements()).isEmpty();
    }

    @Test
    void anUnknownStationCodeIsReportedWithItsRow() {
        assertThat(check(row(5, "ST-404", "李娜", "", "HOME")).problems())
                .containsExactly(new Problem(5, Kind.UNKNOWN_STATION, "ST-404"));
    }

    @Test
    void anotherStreetsStationIsTheWrongStation() {
        assertThat(check(row(2, "ST-009", "李娜", "", "HOME")).problems())
                .containsExactly(new Problem(2, Kind.WRONG_STATION, "ST-009"));
    }

    @Test
    void aMembershipOtherThanHomeOrSpecialistIsBad() {
        assertThat(check(
                row(2, "ST-001", "李娜", "", "常驻"),
                row(3, "ST-001", "王芳", "", "")).problems())
                .containsExactly(
                        new Problem(2, Kind.BAD_MEMBERSHIP, "常驻"),
                        new Problem(3, Kind.BAD_MEMBERSHIP, ""));
    }

    @Test
    void homeInASpecialistStationAndSpecialistInAnOrdinaryOneAreBadMemberships() {
        assertThat(check(
                row(2, "ST-900", "李娜", "", "HOME"),
                row(3, "ST-001", "王芳", "", "SPECIALIST")).problems())
                .containsExactly(
                        new Problem(2, Kind.BAD_MEMBERSHIP, "HOME"),
                        new Problem(3, Kind.BAD_MEMBERSHIP, "SPECIALIST"));
    }

    @Test
    void aMembershipTypedInLowerCaseStillCounts() {
        assertThat(check(row(2, "ST-900", "李娜", "", "specialist")).placements())
                .containsExactly(new Placement(2, 2L, 20L, false));
    }

    @Test
    void aNameNobodyHasIsAnUnknownPerson() {
        assertThat(check(row(7, "ST-001", "赵无名", "", "HOME")).problems())
                .containsExactly(new Problem(7, Kind.UNKNOWN_PERSON, "赵无名"));
    }

    @Test
    void namesakesWithoutAPhoneAreAmbiguousAndTheDetailSaysHowMany() {
        assertThat(check(row(2, "ST-001", "张伟", "", "HOME")).problems())
                .containsExactly(new Problem(2, Kind.AMBIGUOUS_NAME, "3"));
    }

    @Test
    void namesakesAreToldApartByTheFullPhone() {
        assertThat(check(
                row(2, "ST-001", "张伟", "13912345678", "HOME"),
                row(3, "ST-900", "张伟", "057187654321", "SPECIALIST")).placements())
                .containsExactly(
                        new Placement(2, 1L, 11L, true),
                        new Placement(3, 2L, 12L, false));
    }

    @Test
    void namesakesAreToldApartByTheLastFourDigits() {
        assertThat(check(row(2, "ST-001", "张伟", "5678", "HOME")).placements())
                .containsExactly(new Placement(2, 1L, 11L, true));
    }

    @Test
    void namesakesAreToldApartByAMaskedPhoneWhoseVisibleDigitsMatch() {
        assertThat(check(row(2, "ST-001", "张伟", "138****1234", "HOME")).placements())
                .containsExactly(new Placement(2, 1L, 10L, true));
    }

    @Test
    void aNamesakeWhosePhoneTheImporterMayOnlySeeMaskedIsStillFound() {
        List<RosterImportCheck.PersonRef> namesakes = List.of(
                new RosterImportCheck.PersonRef(1L, "张伟", "138****1234"),
                new RosterImportCheck.PersonRef(2L, "张伟", "139****5678"));
        assertThat(RosterImportCheck.byPhone(namesakes, "13812341234")).extracting(RosterImportCheck.PersonRef::id).containsExactly(1L);
        assertThat(RosterImportCheck.byPhone(namesakes, "139＊＊＊＊5678")).extracting(RosterImportCheck.PersonRef::id).containsExactly(2L);
        assertThat(RosterImportCheck.byPhone(namesakes, "5678")).extracting(RosterImportCheck.PersonRef::id).containsExactly(2L);
        assertThat(RosterImportCheck.byPhone(namesakes, "13800000000")).isEmpty();
    }

    @Test
    void aPhoneThatMatchesNoNamesakeLeavesTheNameAmbiguous() {
        assertThat(check(
                row(2, "ST-001", "张伟", "13600000000", "HOME"),
                row(3, "ST-001", "张伟", "139****1234", "HOME"),
                row(4, "ST-001", "张伟", "0000", "HOME")).problems())
                .containsExactly(
                        new Problem(2, Kind.AMBIGUOUS_NAME, "3"),
                        new Problem(3, Kind.AMBIGUOUS_NAME, "3"),
                        new Problem(4, Kind.AMBIGUOUS_NAME, "3"));
    }

    @Test
    void lastFourDigitsSharedByTwoNamesakesLeaveTheNameAmbiguous() {
        lookup.people.add(new PersonRef(13L, "张伟", "13500001234"));

        assertThat(check(row(2, "ST-001", "张伟", "1234", "HOME")).problems())
                .containsExactly(new Problem(2, Kind.AMBIGUOUS_NAME, "4"));
    }

    @Test
    void theSamePersonTwiceInOneStationIsADuplicateOnTheLaterRow() {
        Result result = check(
                row(2, "ST-001", "李娜", "", "HOME"),
                row(3, "ST-900", "王芳", "", "SPECIALIST"),
                row(4, "ST-001", "李娜", "13700001111", "HOME"));

        assertThat(result.problems()).containsExactly(new Problem(4, Kind.DUPLICATE_ROW, "2"));
    }

    @Test
    void aSecondDifferentHomeStationIsReportedOnTheLaterRow() {
        Result result = check(
                row(2, "ST-003", "李娜", "", "HOME"),
                row(3, "ST-900", "李娜", "", "SPECIALIST"),
                row(4, "ST-001", "李娜", "", "HOME"));

        assertThat(result.problems()).containsExactly(new Problem(4, Kind.SECOND_HOME, "2"));
    }

    @Test
    void aPersonWhoseCurrentHomeIsElsewhereIsMovedNotRejected() {
        lookup.homes.put(20L, NORTH_HILL.id());

        Result result = check(row(2, "ST-001", "李娜", "", "HOME"));

        assertThat(result.ok()).isTrue();
        assertThat(result.placements()).containsExactly(new Placement(2, 1L, 20L, true));
    }

    @Test
    void everyProblemIsCollectedNotOnlyTheFirst() {
        Result result = check(
                row(2, "ST-404", "赵无名", "", "MAYBE"),
                row(3, "ST-001", "李娜", "", "HOME"),
                row(4, "ST-009", "张伟", "", "HOME"),
                row(5, "ST-900", "王芳", "", "HOME"));

        assertThat(result.problems()).containsExactly(
                new Problem(2, Kind.UNKNOWN_STATION, "ST-404"),
                new Problem(2, Kind.BAD_MEMBERSHIP, "MAYBE"),
                new Problem(2, Kind.UNKNOWN_PERSON, "赵无名"),
                new Problem(4, Kind.WRONG_STATION, "ST-009"),
                new Problem(4, Kind.AMBIGUOUS_NAME, "3"),
                new Problem(5, Kind.BAD_MEMBERSHIP, "HOME"));
        assertThat(result.ok()).isFalse();
        // The good line is still worked out, even though nothing is saved while problems remain.
        assertThat(result.placements()).containsExactly(new Placement(3, 1L, 20L, true));
    }

    @Test
    void eachDistinctStationAndNameIsLookedUpOnlyOnce() {
        List<Line> lines = new ArrayList<>();
        for (int r = 2; r < 52; r++) {
            lines.add(row(r, "ST-001", r % 2 == 0 ? "李娜" : "王芳", "", "HOME"));
        }

        RosterImportCheck.check(lines, lookup);

        assertThat(lookup.stationQueries).isEqualTo(1);
        assertThat(lookup.nameQueries).isEqualTo(2);
        assertThat(lookup.manageQueries).isEqualTo(1);
    }

    private Result check(Line... lines) {
        return RosterImportCheck.check(List.of(lines), lookup);
    }

    private static Line row(int rowNumber, String code, String name, String phone, String membership) {
        return new Line(rowNumber, new RosterRow(code, "", name, phone, membership, ""));
    }

    static final class FakeLookup implements Lookup {
        final List<StationRef> stations = new ArrayList<>(List.of(WEST_LAKE, NORTH_HILL, LAW, ELSEWHERE));
        final List<PersonRef> people = new ArrayList<>(List.of(ZHANG_WEI_A, ZHANG_WEI_B, ZHANG_WEI_C, LI_NA, WANG_FANG));
        final Map<Long, Long> homes = new HashMap<>();
        final List<PersonRef> unplaceable = new ArrayList<>();
        int stationQueries;
        int nameQueries;
        int manageQueries;

        @Override
        public Optional<StationRef> station(String code) {
            stationQueries++;
            return stations.stream().filter(s -> s.code().equals(code)).findFirst();
        }

        @Override
        public List<PersonRef> peopleNamed(String name) {
            nameQueries++;
            return people.stream().filter(p -> p.name().equals(name)).toList();
        }

        @Override
        public boolean mayManage(StationRef station) {
            manageQueries++;
            return !station.equals(ELSEWHERE);
        }

        @Override
        public boolean mayPlace(PersonRef person) {
            return !unplaceable.contains(person);
        }

        @Override
        public Optional<Long> currentHomeStation(Long personId) {
            return Optional.ofNullable(homes.get(personId));
        }
    }
}
