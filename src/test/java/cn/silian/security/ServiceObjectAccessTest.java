package cn.silian.security;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.documents.DocumentService;
import cn.silian.documents.Space;
import cn.silian.opinions.AssignmentDraft;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.OpinionDraft;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionSource;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.opinions.SuggestionDraft;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.UnitDraft;
import cn.silian.opinions.UnitKind;
import cn.silian.shared.NotFoundException;
import cn.silian.stations.DutyService;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.stations.StationSummary;
import cn.silian.statistics.StatisticsService;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupWorkService;
import cn.silian.topics.MyGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The object half of the service-level matrix (ServiceAccessMatrixTest has the role half): one
 * caller who owns the object and one of the same role who does not, with the demo accounts —
 * own street allowed / other street denied, member allowed / other group denied, assigned unit
 * allowed / other unit denied. More cases of the same kind, not repeated here:
 * StationScopeTest (every station, roster, duty and reception call of street02 on the first
 * street), OpinionServiceTest#streetStaffNeverSeeAnotherStreetsOpinionsByListOrById,
 * SuggestionAccessTest (units and streets by list, count, id), GroupServiceTest#outsidersDoNotSeeAGroupsWorkAndMembersDoNotRunOtherGroups,
 * DocumentServiceTest (groups and stations), MeetingServiceTest#inviteesSeeAClosedMeetingAndOthersDoNotEvenFindIt,
 * StatisticsServiceTest#streetStaffSeeTheirOwnStreetOnlyAndAreRefusedAnother, RecordServiceTest,
 * VotersServiceTest, and the *DenialTest classes (calendar, accounts, invitations, minutes, swaps).
 */
@SilianSpringTest
@Transactional
class ServiceObjectAccessTest {

    @Autowired AccountService accounts;
    @Autowired StreetService streets;
    @Autowired StationService stations;
    @Autowired RosterService roster;
    @Autowired DutyService duty;
    @Autowired ReceptionService receptions;
    @Autowired OpinionService opinions;
    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;
    @Autowired GroupService groups;
    @Autowired GroupWorkService work;
    @Autowired DocumentService documents;
    @Autowired StatisticsService statistics;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private <T> T as(String user, Supplier<T> call) {
        return TestUsers.as(accounts, user, call);
    }

    private long streetNamed(String name) {
        return as("office", () -> streets.all()).stream().filter(s -> s.name().equals(name))
                .map(StreetSummary::id).findFirst().orElseThrow();
    }

    /** A station of 城关街道, street01's street. */
    private long stationOfChengguan() {
        StationSummary station = as("street01", () -> stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst());
        assertThat(station.streetId()).isEqualTo(streetNamed("城关街道"));
        return station.id();
    }

    @Test
    void aStationOfChengguanIsOpenToItsOwnStaffAndClosedToStreet02() {
        long station = stationOfChengguan();
        long plan = as("street01", () -> duty.plans(station).getFirst().id());
        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("StationService.get", () -> stations.get(station));
        calls.put("RosterService.members", () -> roster.members(station, PageRequest.of(0, 5)));
        calls.put("DutyService.plans", () -> duty.plans(station));
        calls.put("DutyService.shifts", () -> duty.shifts(plan));
        calls.put("ReceptionService.page", () -> receptions.page(station, PageRequest.of(0, 5)));
        calls.forEach((name, call) -> {
            assertThat(as("street01", call)).as(name + " for street01").isNotNull();
            assertThatThrownBy(() -> as("street02", call)).as(name + " for street02")
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void anOpinionOfChengguanIsSeenByItsStaffAndDoesNotExistForStreet02() {
        long chengguan = streetNamed("城关街道");
        long opinion = as("street01", () -> opinions.record(OpinionSource.DIRECT, null, new OpinionDraft(
                "矩阵：城关街道的意见", ReceptionCategory.OTHER, chengguan, null, null, null, null)));
        assertThat(as("street01", () -> opinions.get(opinion)).streetId()).isEqualTo(chengguan);
        assertThatThrownBy(() -> as("street02", () -> opinions.get(opinion))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFiguresOfChengguanAreStreet01sAndRefusedToStreet02() {
        long chengguan = streetNamed("城关街道");
        assertThat(as("street01", () -> statistics.scope(chengguan)).streetId()).isEqualTo(chengguan);
        assertThatThrownBy(() -> as("street02", () -> statistics.scope(chengguan))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGroupsWorkAndDocumentsAreItsMembersAndClosedToAMemberOfAnotherGroup() {
        List<MyGroup> ofDeputy = as("deputy", () -> groups.myGroups());
        List<MyGroup> ofNpc = as("npc", () -> groups.myGroups());
        assertThat(ofDeputy).as("the demo deputy's groups").isNotEmpty();
        long group = ofDeputy.getFirst().groupId();
        assertThat(ofNpc).as("npc is in groups, but not in the deputy's first")
                .isNotEmpty().noneMatch(g -> g.groupId().equals(group));

        assertThat(as("deputy", () -> work.tasks(group))).isNotNull();
        assertThatThrownBy(() -> as("npc", () -> work.tasks(group))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("deputy", () -> documents.mayRead(Space.group(group)))).isTrue();
        assertThat(as("npc", () -> documents.mayRead(Space.group(group)))).isFalse();
        assertThatThrownBy(() -> as("npc", () -> documents.page(Space.group(group), null, PageRequest.of(0, 5))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void unit01HandlesWhatIsAssignedToItsUnitAndAnotherUnitsSuggestionDoesNotExistForIt() {
        long unitOf01 = ((SilianUser) accounts.loadUserByUsername("unit01")).unitId();
        long otherUnit = as("office", () -> units.create(new UnitDraft("矩阵测试局", UnitKind.GOVERNMENT_DEPARTMENT,
                null, null, true)).id());
        SuggestionDetails forUnit01 = assignedTo(unitOf01);
        SuggestionDetails forOther = assignedTo(otherUnit);

        assertThat(as("unit01", () -> suggestions.get(forUnit01.id())).id()).isEqualTo(forUnit01.id());
        assertThat(as("unit01", () -> suggestions.sign(forUnit01.id(), forUnit01.version())).id()).isEqualTo(forUnit01.id());
        assertThatThrownBy(() -> as("unit01", () -> suggestions.get(forOther.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("unit01", () -> suggestions.sign(forOther.id(), forOther.version())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as("unit01", () -> suggestions.visibleIds(List.of(forUnit01.id(), forOther.id()))))
                .containsExactly(forUnit01.id());
    }

    /** The demo deputy's suggestion, seconded by npc, accepted by the office and assigned to the unit. */
    private SuggestionDetails assignedTo(long unit) {
        long npc = ((SilianUser) accounts.loadUserByUsername("npc")).deputyId();
        long id = as("deputy", () -> suggestions.draft(new SuggestionDraft("矩阵：办理单位的建议",
                "建议在社区增设便民服务点，方便群众办事。", ReceptionCategory.values()[0])));
        as("deputy", () -> suggestions.inviteCosigners(id, suggestions.get(id).version(), List.of(npc)));
        as("npc", () -> suggestions.confirmCosign(id));
        as("deputy", () -> suggestions.submit(id, suggestions.get(id).version(), null));
        SuggestionDetails accepted = as("office", () -> suggestions.accept(id, suggestions.get(id).version(), null));
        return as("office", () -> suggestions.assign(id, accepted.version(), new AssignmentDraft(unit, List.of(), null, null)));
    }
}
