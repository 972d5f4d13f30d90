package cn.silian.stations;

import cn.silian.stations.PlacementAssistant.Person;
import cn.silian.stations.PlacementAssistant.Proposal;
import cn.silian.stations.PlacementAssistant.Reason;
import cn.silian.stations.PlacementAssistant.Station;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PlacementAssistantTest {

    private static final long STREET = 1L;
    private static final long OTHER_STREET = 2L;

    private static Person at(long id, Long street, String community, Double latitude, Double longitude) {
        return new Person(id, street, community, latitude, longitude);
    }

    private static Person unlocated(long id, Long street, String community) {
        return new Person(id, street, community, null, null);
    }

    private static Station station(long id, Long street, String community, Double latitude, Double longitude, int members) {
        return new Station(id, street, community, latitude, longitude, members);
    }

    private static Proposal only(List<Person> people, List<Station> stations) {
        List<Proposal> proposals = PlacementAssistant.propose(people, stations);
        assertThat(proposals).hasSize(1);
        return proposals.getFirst();
    }

    @Test
    void aStationInThePersonsOwnCommunityWinsOverANearerOne() {
        Proposal p = only(List.of(at(7, STREET, "翠苑一区", 30.0, 120.0)), List.of(
                station(10, STREET, "文新", 30.001, 120.0, 0),
                station(20, STREET, "翠苑一区", 30.05, 120.0, 9)));

        assertThat(p).isEqualTo(new Proposal(7L, 20L, Reason.SAME_COMMUNITY, 5.56));
    }

    @Test
    void ofSeveralStationsInTheOwnCommunityTheLeastFullIsProposed() {
        List<Station> stations = List.of(
                station(10, STREET, "翠苑一区", null, null, 5),
                station(20, STREET, "翠苑一区", null, null, 3),
                station(30, STREET, "翠苑一区", null, null, 3));

        assertThat(only(List.of(unlocated(7, STREET, "翠苑一区")), stations).stationId()).isEqualTo(20L);
    }

    @Test
    void communitiesAreComparedWithoutSurroundingSpaces() {
        Proposal p = only(List.of(unlocated(7, STREET, " 翠苑一区\u3000")), List.of(
                station(10, STREET, "文新", null, null, 0),
                station(20, STREET, "翠苑一区 ", null, null, 4)));

        assertThat(p.stationId()).isEqualTo(20L);
        assertThat(p.reason()).isEqualTo(Reason.SAME_COMMUNITY);
    }

    @Test
    void blankCommunitiesNeverMatch() {
        List<Station> stations = List.of(
                station(10, STREET, " ", null, null, 4),
                station(20, STREET, null, null, null, 1));

        assertThat(only(List.of(unlocated(7, STREET, "  ")), stations).reason()).isEqualTo(Reason.LEAST_FULL_IN_STREET);
        assertThat(only(List.of(unlocated(7, STREET, null)), stations).reason()).isEqualTo(Reason.LEAST_FULL_IN_STREET);
    }

    @Test
    void aCommunityOfTheSameNameInAnotherStreetDoesNotCount() {
        Proposal p = only(List.of(unlocated(7, STREET, "新村")), List.of(
                station(10, OTHER_STREET, "新村", null, null, 0),
                station(20, STREET, "老街", null, null, 8)));

        assertThat(p.stationId()).isEqualTo(20L);
        assertThat(p.reason()).isEqualTo(Reason.LEAST_FULL_IN_STREET);
    }

    @Test
    void withCoordinatesTheNearestStationOfTheStreetIsProposedEvenIfAnotherStreetsIsNearer() {
        Proposal p = only(List.of(at(7, STREET, "翠苑一区", 30.0, 120.0)), List.of(
                station(10, OTHER_STREET, "翠苑一区", 30.0, 120.0, 0),
                station(20, STREET, "文新", 30.02, 120.0, 0),
                station(30, STREET, "古荡", 30.01, 120.0, 50)));

        assertThat(p).isEqualTo(new Proposal(7L, 30L, Reason.NEAREST_IN_STREET, 1.11));
    }

    @Test
    void stationsOfTheStreetWithoutCoordinatesAreLeftOutOfTheDistanceComparison() {
        Proposal p = only(List.of(at(7, STREET, null, 30.0, 120.0)), List.of(
                station(10, STREET, null, null, null, 0),
                station(20, STREET, null, 30.3, 120.0, 9)));

        assertThat(p.stationId()).isEqualTo(20L);
        assertThat(p.reason()).isEqualTo(Reason.NEAREST_IN_STREET);
    }

    @Test
    void amongEquallyNearStationsTheLeastFullThenTheLowestIdIsProposed() {
        List<Station> stations = List.of(
                station(30, STREET, null, 30.01, 120.0, 2),
                station(20, STREET, null, 29.99, 120.0, 2),
                station(10, STREET, null, 30.01, 120.0, 5));

        assertThat(only(List.of(at(7, STREET, null, 30.0, 120.0)), stations).stationId()).isEqualTo(20L);
    }

    @Test
    void whenTheStreetsStationsHaveNoCoordinatesTheLeastFullIsProposed() {
        Proposal p = only(List.of(at(7, STREET, null, 30.0, 120.0)), List.of(
                station(10, STREET, null, null, null, 6),
                station(20, STREET, null, null, null, 2),
                station(30, OTHER_STREET, null, 30.0, 120.0, 0)));

        assertThat(p).isEqualTo(new Proposal(7L, 20L, Reason.LEAST_FULL_IN_STREET, null));
    }

    @Test
    void whenThePersonHasNoCoordinatesTheLeastFullStationOfHisStreetIsProposed() {
        Proposal p = only(List.of(unlocated(7, STREET, null)), List.of(
                station(10, STREET, null, 30.0, 120.0, 6),
                station(20, STREET, null, 30.5, 120.0, 2)));

        assertThat(p).isEqualTo(new Proposal(7L, 20L, Reason.LEAST_FULL_IN_STREET, null));
    }

    @Test
    void equallyFullStationsOfTheStreetGoByLowestId() {
        Proposal p = only(List.of(unlocated(7, STREET, null)), List.of(
                station(30, STREET, null, null, null, 2),
                station(20, STREET, null, null, null, 2)));

        assertThat(p.stationId()).isEqualTo(20L);
    }

    @Test
    void whenTheStreetHasNoStationTheNearestAnywhereIsProposed() {
        Proposal p = only(List.of(at(7, STREET, "翠苑一区", 0.0, 0.0)), List.of(
                station(10, OTHER_STREET, "翠苑一区", 2.0, 0.0, 0),
                station(20, OTHER_STREET, null, 1.0, 0.0, 30),
                station(30, OTHER_STREET, null, null, null, 0)));

        assertThat(p).isEqualTo(new Proposal(7L, 20L, Reason.NEAREST_ELSEWHERE, 111.19));
    }

    @Test
    void aPersonWithoutStreetButWithCoordinatesGetsTheNearestAnywhere() {
        Proposal p = only(List.of(at(7, null, null, 30.0, 120.0)), List.of(
                station(10, STREET, null, 30.1, 120.0, 0),
                station(20, OTHER_STREET, null, 30.02, 120.0, 0)));

        assertThat(p.stationId()).isEqualTo(20L);
        assertThat(p.reason()).isEqualTo(Reason.NEAREST_ELSEWHERE);
    }

    @Test
    void withoutAStationInHisStreetAndWithoutCoordinatesNothingIsProposed() {
        Proposal p = only(List.of(unlocated(7, STREET, "翠苑一区")), List.of(
                station(10, OTHER_STREET, "翠苑一区", 30.0, 120.0, 0)));

        assertThat(p).isEqualTo(new Proposal(7L, null, Reason.NONE, null));
    }

    @Test
    void withoutAnyStationNothingIsProposed() {
        List<Proposal> proposals = PlacementAssistant.propose(
                List.of(at(7, STREET, "翠苑一区", 30.0, 120.0), unlocated(8, null, null)), List.of());

        assertThat(proposals).containsExactly(
                new Proposal(7L, null, Reason.NONE, null),
                new Proposal(8L, null, Reason.NONE, null));
    }

    @Test
    void withoutPeopleThereAreNoProposals() {
        assertThat(PlacementAssistant.propose(List.of(), List.of(station(10, STREET, null, null, null, 0)))).isEmpty();
    }

    @Test
    void eachProposalCountsForThePeopleAfterIt() {
        List<Person> people = IntStream.rangeClosed(1, 6).mapToObj(i -> unlocated(i, STREET, null)).toList();
        List<Station> stations = List.of(
                station(10, STREET, null, null, null, 0),
                station(20, STREET, null, null, null, 2));

        assertThat(PlacementAssistant.propose(people, stations)).extracting(Proposal::stationId)
                .containsExactly(10L, 10L, 10L, 20L, 10L, 20L);
    }

    @Test
    void newcomersOfOneCommunityAreSpreadOverItsStations() {
        List<Person> people = IntStream.rangeClosed(1, 4).mapToObj(i -> unlocated(i, STREET, "翠苑一区")).toList();
        List<Station> stations = List.of(
                station(10, STREET, "翠苑一区", null, null, 1),
                station(20, STREET, "翠苑一区", null, null, 1),
                station(30, STREET, "文新", null, null, 0));

        assertThat(PlacementAssistant.propose(people, stations)).extracting(Proposal::stationId)
                .containsExactly(10L, 20L, 10L, 20L);
    }

    @Test
    void theStationsGivenAreNotChanged() {
        List<Station> stations = List.of(station(10, STREET, null, null, null, 0));

        PlacementAssistant.propose(List.of(unlocated(1, STREET, null), unlocated(2, STREET, null)), stations);

        assertThat(stations.getFirst().members()).isZero();
    }

    @Test
    void theSameInputGivesTheSameProposalsWhateverTheOrderOfStations() {
        List<Person> people = List.of(
                at(1, STREET, "翠苑一区", 30.0, 120.0), unlocated(2, STREET, null), unlocated(3, STREET, null),
                at(4, OTHER_STREET, null, 30.2, 120.1), unlocated(5, 3L, null), at(6, 3L, "x", 30.0, 120.0));
        List<Station> stations = new ArrayList<>(List.of(
                station(10, STREET, "翠苑一区", 30.01, 120.0, 3),
                station(20, STREET, null, null, null, 3),
                station(30, STREET, null, null, null, 3),
                station(40, OTHER_STREET, null, 30.2, 120.0, 1),
                station(50, OTHER_STREET, null, 30.2, 120.2, 1)));

        List<Proposal> first = PlacementAssistant.propose(people, stations);
        Collections.reverse(stations);

        assertThat(PlacementAssistant.propose(people, stations)).isEqualTo(first);
        assertThat(first).extracting(Proposal::personId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void coordinatesOutsideTheGlobeCountAsUnknown() {
        Proposal p = only(List.of(at(7, STREET, null, 91.0, 120.0)), List.of(
                station(10, STREET, null, 30.0, 120.0, 5),
                station(20, STREET, null, 30.0, 200.0, 1)));

        assertThat(p).isEqualTo(new Proposal(7L, 20L, Reason.LEAST_FULL_IN_STREET, null));
        assertThat(only(List.of(at(8, null, null, Double.NaN, 120.0)), List.of(station(10, STREET, null, 30.0, 120.0, 0))).reason())
                .isEqualTo(Reason.NONE);
    }

    @Test
    void distancesFollowTheHaversineFormula() {
        assertThat(PlacementAssistant.distanceKm(0, 0, 1, 0)).isCloseTo(6371 * Math.PI / 180, within(1e-9));
        assertThat(PlacementAssistant.distanceKm(30, 120, 30, 120)).isZero();
        // Beijing to Shanghai, about 1,067 km as the crow flies.
        assertThat(PlacementAssistant.distanceKm(39.9042, 116.4074, 31.2304, 121.4737)).isCloseTo(1067, within(3.0));
        assertThat(PlacementAssistant.distanceKm(0, 0, 0, 180)).isCloseTo(6371 * Math.PI, within(1e-6));
    }

    @Test
    void aStationWithoutIdOrTwoStationsWithTheSameIdAreRefused() {
        List<Person> people = List.of(unlocated(1, STREET, null));
        assertThatThrownBy(() -> PlacementAssistant.propose(people, List.of(new Station(null, STREET, null, null, null, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlacementAssistant.propose(people, List.of(
                station(10, STREET, null, null, null, 0), station(10, OTHER_STREET, null, null, null, 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
