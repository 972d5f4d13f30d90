package cn.silian.topics;

import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.topics.GroupingAssistant.Candidate;
import cn.silian.topics.GroupingAssistant.GroupSpec;
import cn.silian.topics.GroupingAssistant.Placement;
import cn.silian.topics.GroupingAssistant.Proposal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.silian.people.Expertise.ECONOMY;
import static cn.silian.people.Expertise.EDUCATION;
import static cn.silian.people.Expertise.ELDERLY_CARE;
import static cn.silian.people.Expertise.HEALTH;
import static cn.silian.people.Expertise.LAW;
import static cn.silian.people.Level.CITY;
import static cn.silian.people.Level.DISTRICT;
import static cn.silian.people.Level.NATIONAL;
import static cn.silian.people.Level.PROVINCIAL;
import static cn.silian.people.Level.STREET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class GroupingAssistantTest {

    private static final long STREET_A = 100L;
    private static final long STREET_B = 200L;
    private static final long STREET_C = 300L;

    private static Candidate candidate(long id, Level level, Long street, Expertise... expertise) {
        return new Candidate(id, Set.of(level), street, Set.of(expertise));
    }

    private static GroupSpec group(String key, int size, Expertise... focus) {
        return new GroupSpec(key, Set.of(focus), size);
    }

    private static List<Long> ids(Proposal proposal, String key) {
        return proposal.members().get(key).stream().map(Placement::candidateId).toList();
    }

    private static Set<Level> levelsOf(Proposal proposal, String key, List<Candidate> candidates) {
        Map<Long, Candidate> byId = byId(candidates);
        return ids(proposal, key).stream().map(id -> byId.get(id).highestLevel()).collect(Collectors.toSet());
    }

    private static Set<Long> streetsOf(Proposal proposal, String key, List<Candidate> candidates) {
        Map<Long, Candidate> byId = byId(candidates);
        return ids(proposal, key).stream().map(id -> byId.get(id).streetId()).collect(Collectors.toSet());
    }

    private static Map<Long, Candidate> byId(List<Candidate> candidates) {
        return candidates.stream().collect(Collectors.toMap(Candidate::id, Function.identity()));
    }

    // --- expertise

    @Test
    void nobodyWithoutASharedTagJoinsAFocusedGroup() {
        List<Candidate> candidates = List.of(
                candidate(1, CITY, STREET_A, LAW),
                candidate(2, CITY, STREET_A, HEALTH, ECONOMY),
                candidate(3, CITY, STREET_B));

        Proposal proposal = GroupingAssistant.propose(List.of(group("edu", 5, EDUCATION)), candidates);

        assertThat(proposal.members().get("edu")).isEmpty();
        assertThat(proposal.unplaced()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aCandidateJoinsTheGroupWhoseFocusHeShares() {
        List<Candidate> candidates = List.of(
                candidate(1, CITY, STREET_A, LAW),
                candidate(2, CITY, STREET_B, HEALTH));

        Proposal proposal = GroupingAssistant.propose(
                List.of(group("health", 1, HEALTH), group("law", 1, LAW)), candidates);

        assertThat(ids(proposal, "health")).containsExactly(2L);
        assertThat(ids(proposal, "law")).containsExactly(1L);
        assertThat(proposal.unplaced()).isEmpty();
    }

    @Test
    void moreSharedTagsWinAPlaceOverAnEarlierCandidateWithFewer() {
        List<Candidate> candidates = List.of(
                candidate(1, CITY, STREET_A, HEALTH),
                candidate(2, CITY, STREET_B, HEALTH, ELDERLY_CARE));

        Proposal proposal = GroupingAssistant.propose(List.of(group("care", 1, HEALTH, ELDERLY_CARE)), candidates);

        assertThat(proposal.members().get("care")).containsExactly(new Placement(2L, "care", 20));
        assertThat(proposal.unplaced()).containsExactly(1L);
    }

    @Test
    void aGroupWithAnEmptyFocusAcceptsAnyoneEvenWithoutExpertise() {
        List<Candidate> candidates = List.of(
                candidate(1, CITY, STREET_A),
                candidate(2, STREET, STREET_B, LAW));

        Proposal proposal = GroupingAssistant.propose(List.of(group("open", 5)), candidates);

        assertThat(ids(proposal, "open")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(proposal.members().get("open")).allSatisfy(p -> assertThat(p.score()).isZero());
    }

    @Test
    void unknownExpertiseAndLevelsCountAsNoneRecorded() {
        Candidate unknown = new Candidate(1L, null, null, null);

        Proposal proposal = GroupingAssistant.propose(
                List.of(group("edu", 1, EDUCATION), group("open", 1)), List.of(unknown));

        assertThat(ids(proposal, "edu")).isEmpty();
        assertThat(ids(proposal, "open")).containsExactly(1L);
        assertThat(unknown.highestLevel()).isNull();
    }

    // --- sizes and unplaced

    @Test
    void aGroupNeverExceedsItsSizeAndTheRestStayUnplacedInInputOrder() {
        List<Candidate> candidates = new ArrayList<>();
        for (long id = 1; id <= 7; id++) {
            candidates.add(candidate(id, CITY, STREET_A, EDUCATION));
        }

        Proposal proposal = GroupingAssistant.propose(
                List.of(group("small", 2, EDUCATION), group("large", 3, EDUCATION)), candidates);

        assertThat(proposal.members().get("small")).hasSize(2);
        assertThat(proposal.members().get("large")).hasSize(3);
        assertThat(proposal.unplaced()).hasSize(2).isSorted();
    }

    @Test
    void eachCandidateIsPlacedInAtMostOneGroup() {
        List<Candidate> candidates = List.of(
                candidate(1, NATIONAL, STREET_A, EDUCATION, HEALTH),
                candidate(2, CITY, STREET_B, EDUCATION, HEALTH),
                candidate(3, DISTRICT, STREET_C, EDUCATION, HEALTH));

        Proposal proposal = GroupingAssistant.propose(
                List.of(group("edu", 3, EDUCATION), group("health", 3, HEALTH), group("open", 3)), candidates);

        List<Long> placed = proposal.members().values().stream().flatMap(List::stream)
                .map(Placement::candidateId).toList();
        assertThat(placed).doesNotHaveDuplicates().containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(proposal.unplaced()).isEmpty();
    }

    @Test
    void aGroupOfSizeZeroStaysEmptyButIsStillListed() {
        Proposal proposal = GroupingAssistant.propose(
                List.of(group("none", 0, EDUCATION)), List.of(candidate(1, CITY, STREET_A, EDUCATION)));

        assertThat(proposal.members()).containsOnlyKeys("none");
        assertThat(proposal.members().get("none")).isEmpty();
        assertThat(proposal.unplaced()).containsExactly(1L);
    }

    @Test
    void membersAreListedForEveryGroupInTheOrderOfTheGroupsGiven() {
        Proposal proposal = GroupingAssistant.propose(
                List.of(group("c", 1, LAW), group("a", 1, HEALTH), group("b", 1, ECONOMY)),
                List.of(candidate(1, CITY, STREET_A, HEALTH)));

        assertThat(proposal.members().keySet()).containsExactly("c", "a", "b");
    }

    // --- balancing

    @Test
    void twoGroupsOfTheSameFocusEachGetBothLevels() {
        List<Candidate> candidates = List.of(
                candidate(1, NATIONAL, STREET_A, EDUCATION),
                candidate(2, NATIONAL, STREET_A, EDUCATION),
                candidate(3, DISTRICT, STREET_A, EDUCATION),
                candidate(4, DISTRICT, STREET_A, EDUCATION));

        Proposal proposal = GroupingAssistant.propose(
                List.of(group("one", 2, EDUCATION), group("two", 2, EDUCATION)), candidates);

        assertThat(levelsOf(proposal, "one", candidates)).containsExactlyInAnyOrder(NATIONAL, DISTRICT);
        assertThat(levelsOf(proposal, "two", candidates)).containsExactlyInAnyOrder(NATIONAL, DISTRICT);
    }

    @Test
    void twoGroupsOfTheSameFocusEachGetBothStreets() {
        List<Candidate> candidates = List.of(
                candidate(1, CITY, STREET_A, EDUCATION),
                candidate(2, CITY, STREET_A, EDUCATION),
                candidate(3, CITY, STREET_B, EDUCATION),
                candidate(4, CITY, STREET_B, EDUCATION));

        Proposal proposal = GroupingAssistant.propose(
                List.of(group("one", 2, EDUCATION), group("two", 2, EDUCATION)), candidates);

        assertThat(streetsOf(proposal, "one", candidates)).containsExactlyInAnyOrder(STREET_A, STREET_B);
        assertThat(streetsOf(proposal, "two", candidates)).containsExactlyInAnyOrder(STREET_A, STREET_B);
    }

    @Test
    void withinOneGroupADifferentLevelAndStreetIsPreferredOverAnEarlierLookalike() {
        List<Candidate> candidates = List.of(
                candidate(1, CITY, STREET_A, EDUCATION),
                candidate(2, CITY, STREET_A, EDUCATION),
                candidate(3, CITY, STREET_B, EDUCATION),
                candidate(4, DISTRICT, STREET_A, EDUCATION));

        Proposal proposal = GroupingAssistant.propose(List.of(group("one", 3, EDUCATION)), candidates);

        assertThat(proposal.members().get("one")).containsExactly(
                new Placement(1L, "one", 10),
                new Placement(4L, "one", 8),   // sharing the street costs only 2, sharing the level 3
                new Placement(3L, "one", 7));  // a second CITY from a new street (−3) beats one from STREET_A (−3 −4)
        assertThat(proposal.unplaced()).containsExactly(2L);
    }

    @Test
    void theHighestOfSeveralSeatsIsTheLevelThatIsBalanced() {
        List<Candidate> candidates = List.of(
                candidate(1, NATIONAL, STREET_A, LAW),
                new Candidate(2L, Set.of(DISTRICT, NATIONAL), STREET_B, Set.of(LAW)),
                candidate(3, DISTRICT, STREET_C, LAW));

        Proposal proposal = GroupingAssistant.propose(List.of(group("law", 2, LAW)), candidates);

        assertThat(ids(proposal, "law")).containsExactly(1L, 3L);
        assertThat(candidates.get(1).highestLevel()).isEqualTo(NATIONAL);
    }

    @Test
    void anUnknownStreetIsNeverTheSameStreetAsAnother() {
        List<Candidate> candidates = List.of(
                candidate(1, CITY, null, LAW),
                candidate(2, DISTRICT, null, LAW));

        Proposal proposal = GroupingAssistant.propose(List.of(group("law", 2, LAW)), candidates);

        assertThat(proposal.members().get("law")).extracting(Placement::score).containsExactly(10, 10);
    }

    @Test
    void expertiseOutweighsTheBalanceOfLevelsAndStreets() {
        List<Candidate> candidates = List.of(
                candidate(1, CITY, STREET_A, HEALTH),
                candidate(2, DISTRICT, STREET_B, HEALTH),
                candidate(3, CITY, STREET_A, HEALTH, ELDERLY_CARE));

        Proposal proposal = GroupingAssistant.propose(List.of(group("care", 2, HEALTH, ELDERLY_CARE)), candidates);

        assertThat(proposal.members().get("care")).containsExactly(
                new Placement(3L, "care", 20), new Placement(2L, "care", 10));
    }

    // --- ties and determinism

    @Test
    void onEqualScoresTheGroupWithFewerMembersIsFilledFirstSoGroupsFillEvenly() {
        List<Candidate> candidates = List.of(
                candidate(1, CITY, STREET_A, HEALTH),
                candidate(2, DISTRICT, STREET_B, HEALTH),
                candidate(3, PROVINCIAL, STREET_C, HEALTH));

        Proposal proposal = GroupingAssistant.propose(
                List.of(group("one", 3, HEALTH), group("two", 3, HEALTH)), candidates);

        assertThat(ids(proposal, "one")).containsExactly(1L, 3L);
        assertThat(ids(proposal, "two")).containsExactly(2L);
    }

    @Test
    void onEqualScoresAndFillTheEarlierGroupAndTheEarlierCandidateWin() {
        List<Candidate> candidates = List.of(
                candidate(9, CITY, STREET_A, HEALTH),
                candidate(5, CITY, STREET_B, HEALTH));

        Proposal proposal = GroupingAssistant.propose(
                List.of(group("second", 1, HEALTH), group("first", 1, HEALTH)), candidates);

        assertThat(ids(proposal, "second")).containsExactly(9L);
        assertThat(ids(proposal, "first")).containsExactly(5L);
    }

    @Test
    void theSameInputAlwaysGivesTheSameProposal() {
        List<Candidate> candidates = new ArrayList<>();
        Level[] levels = Level.values();
        Expertise[] tags = {EDUCATION, HEALTH, LAW, ECONOMY};
        for (int i = 0; i < 40; i++) {
            candidates.add(new Candidate((long) (1000 - i), Set.of(levels[i % levels.length]), (long) (i % 3),
                    new HashSet<>(List.of(tags[i % tags.length], tags[(i / 3) % tags.length]))));
        }
        List<GroupSpec> groups = List.of(
                group("edu", 6, EDUCATION), group("health", 6, HEALTH, LAW), group("open", 6),
                group("economy", 6, ECONOMY));

        Proposal first = GroupingAssistant.propose(groups, candidates);
        Proposal second = GroupingAssistant.propose(List.copyOf(groups), List.copyOf(candidates));

        assertThat(second).isEqualTo(first);
        assertThat(first.members().get("open")).hasSize(6);
    }

    @Test
    void theProposalCannotBeChangedByAccident() {
        Proposal proposal = GroupingAssistant.propose(
                List.of(group("edu", 1, EDUCATION)), List.of(candidate(1, CITY, STREET_A, EDUCATION)));

        assertThatThrownBy(() -> proposal.members().put("x", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> proposal.members().get("edu").clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> proposal.unplaced().add(2L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void laterChangesToTheCallersSetsDoNotReachTheRecords() {
        Set<Expertise> focus = new HashSet<>(Set.of(EDUCATION));
        GroupSpec spec = new GroupSpec("edu", focus, 1);
        focus.clear();

        assertThat(spec.focus()).containsExactly(EDUCATION);
    }

    // --- validation

    @Test
    void nullListsAreRefused() {
        assertThatThrownBy(() -> GroupingAssistant.propose(null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupingAssistant.propose(List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullGroupsCandidatesKeysIdsAndFocusAreRefused() {
        List<Candidate> one = List.of(candidate(1, CITY, STREET_A, LAW));
        assertThatThrownBy(() -> GroupingAssistant.propose(Arrays.asList((GroupSpec) null), one))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupingAssistant.propose(List.of(new GroupSpec(null, Set.of(), 1)), one))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupingAssistant.propose(List.of(new GroupSpec("law", null, 1)), one))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty set");
        assertThatThrownBy(() -> GroupingAssistant.propose(List.of(), Arrays.asList((Candidate) null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupingAssistant.propose(List.of(),
                List.of(new Candidate(null, Set.of(CITY), STREET_A, Set.of(LAW)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullTagsOrLevelsInsideTheSetsAreRefused() {
        Set<Expertise> withNull = new HashSet<>(Arrays.asList(LAW, null));
        Set<Level> levelsWithNull = new HashSet<>(Arrays.asList(CITY, null));

        assertThatThrownBy(() -> new GroupSpec("law", withNull, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Candidate(1L, levelsWithNull, STREET_A, Set.of(LAW)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeSizeIsRefused() {
        assertThatThrownBy(() -> GroupingAssistant.propose(List.of(group("edu", -1, EDUCATION)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edu");
    }

    @Test
    void duplicateGroupKeysAreRefused() {
        assertThatThrownBy(() -> GroupingAssistant.propose(
                List.of(group("edu", 1, EDUCATION), group("edu", 2, HEALTH)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edu");
    }

    @Test
    void duplicateCandidateIdsAreRefused() {
        assertThatThrownBy(() -> GroupingAssistant.propose(List.of(group("edu", 1, EDUCATION)),
                List.of(candidate(7, CITY, STREET_A, EDUCATION), candidate(7, STREET, STREET_B, LAW))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7");
    }

    // --- levelMix

    @Test
    void levelMixCountsMembersByTheirHighestLevelFromNationalDown() {
        List<Candidate> candidates = List.of(
                candidate(1, STREET, STREET_A, LAW),
                new Candidate(2L, Set.of(CITY, NATIONAL), STREET_A, Set.of(LAW)),
                candidate(3, CITY, STREET_B, LAW),
                candidate(4, STREET, STREET_C, LAW),
                new Candidate(5L, Set.of(), STREET_C, Set.of(LAW)));
        List<Placement> members = candidates.stream().map(c -> new Placement(c.id(), "law", 0)).toList();

        Map<Level, Long> mix = GroupingAssistant.levelMix(members, byId(candidates));

        assertThat(mix).containsExactly(entry(NATIONAL, 1L), entry(CITY, 1L), entry(STREET, 2L));
    }

    @Test
    void levelMixOfNoMembersIsEmpty() {
        assertThat(GroupingAssistant.levelMix(List.of(), Map.of())).isEmpty();
    }

    @Test
    void levelMixRefusesAMemberItCannotLookUp() {
        assertThatThrownBy(() -> GroupingAssistant.levelMix(List.of(new Placement(1L, "law", 0)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1");
        assertThatThrownBy(() -> GroupingAssistant.levelMix(null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupingAssistant.levelMix(List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
