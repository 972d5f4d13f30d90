package cn.silian.opinions;

import cn.silian.SilianSpringTest;
import cn.silian.people.DeputySummary;
import cn.silian.security.AccountDraft;
import cn.silian.security.Role;
import cn.silian.shared.NotFoundException;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.stations.StationSummary;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who sees which suggestion, by list, by count, by id and by the id check search uses: a unit
 * only what is assigned to it, street staff only their street's, nobody another's draft.
 */
@SilianSpringTest
@Transactional
@Tag("db")
class SuggestionAccessTest extends SuggestionsTestBase {

    @Autowired StreetService streets;
    @Autowired RosterService roster;
    @Autowired StationService stations;

    private List<Long> listed(String username) {
        return as(username, () -> service.page(SuggestionFilter.all(), PageRequest.of(0, 500)).map(SuggestionSummary::id).getContent());
    }

    @Test
    void aUnitNeverSeesAnotherUnitsSuggestions() {
        SuggestionDetails d = accepted();
        SuggestionDetails forA = as("office", () -> service.assign(d.id(), d.version(), new AssignmentDraft(unitA, List.of(), null, null)));
        SuggestionDetails e = accepted();
        SuggestionDetails forB = as("office", () -> service.assign(e.id(), e.version(), new AssignmentDraft(unitB, List.of(), null, null)));

        assertThat(listed("unita")).contains(forA.id()).doesNotContain(forB.id());
        assertThat(listed("unitb")).contains(forB.id()).doesNotContain(forA.id());
        assertThat(as("unita", () -> service.count(SuggestionFilter.all()))).isEqualTo(listed("unita").size());
        assertThat(as("unita", () -> service.count(SuggestionFilter.all().withUnit(unitB)))).isZero();
        assertThatThrownBy(() -> get("unita", forB.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("unita", () -> service.hasContact(forB.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("unita", () -> service.sign(forB.id(), forB.version()))).isInstanceOf(NotFoundException.class);
        assertThat(as("unita", () -> service.visibleIds(List.of(forA.id(), forB.id())))).containsExactly(forA.id());
        assertThat(as("unita", () -> service.rightsOf(forB.id()))).isEqualTo(SuggestionRights.NONE);
        assertThat(as("unita", () -> service.rightsOf(forA.id()))).isEqualTo(new SuggestionRights(true, true));
        assertThat(as("unita", () -> service.openAssignmentsOfMyUnit(PageRequest.of(0, 50))).map(AssignmentClock::suggestionId)
                .getContent()).contains(forA.id()).doesNotContain(forB.id());
        // Not even once published.
        as("unitb", () -> service.sign(forB.id(), forB.version()));
        assertThat(as("unitb", () -> service.get(forB.id())).state()).isEqualTo(SuggestionState.HANDLING);
        assertThatThrownBy(() -> get("unita", forB.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void streetStaffSeeOnlyTheirStreetsSuggestions() {
        DeputySummary lead = as("office", () -> deputies.summaries(List.of(deputy)).get(deputy));
        Long home = lead.streetId();
        assertThat(home).as("the demo deputy lives in a street").isNotNull();
        java.util.Set<Long> rostered = as("office", () -> roster.currentStreetsOf(List.of(deputy)));
        long other = as("office", () -> streets.all()).stream().map(StreetSummary::id)
                .filter(s -> !Objects.equals(s, home) && !rostered.contains(s)).findFirst().orElseThrow();
        as("admin", () -> {
            accounts.create(new AccountDraft("homestaff", "本街道工委", Role.STREET_STAFF, home, null, true), PASSWORD);
            accounts.create(new AccountDraft("otherstaff", "他街道工委", Role.STREET_STAFF, other, null, true), PASSWORD);
            return null;
        });
        long id = drafted();
        // A draft stays with those who write it.
        assertThatThrownBy(() -> get("homestaff", id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> get("office", id)).isInstanceOf(NotFoundException.class);
        assertThat(listed("office")).doesNotContain(id);
        as("deputy", () -> service.submit(id, service.get(id).version(), null));

        assertThat(get("homestaff", id).parties()).containsExactly(Party.STREET_STAFF);
        assertThat(get("homestaff", id).allowedActions()).isEmpty();
        assertThat(listed("homestaff")).contains(id);
        assertThat(as("homestaff", () -> service.count(SuggestionFilter.all()))).isPositive();
        assertThatThrownBy(() -> get("otherstaff", id)).isInstanceOf(NotFoundException.class);
        assertThat(listed("otherstaff")).doesNotContain(id);
        assertThat(as("otherstaff", () -> service.visibleIds(List.of(id)))).isEmpty();
        assertThat(as("office", () -> service.count(SuggestionFilter.all().withState(SuggestionState.SUBMITTED)))).isPositive();
    }

    @Test
    void theStaffOfAStreetWhereTheLeadIsRosteredButDoesNotLiveFollowHisSuggestions() {
        Long home = as("office", () -> deputies.summaries(List.of(deputy)).get(deputy)).streetId();
        java.util.Set<Long> before = as("office", () -> roster.currentStreetsOf(List.of(deputy)));
        StationSummary specialist = as("office", () -> stations.page(new StationFilter(null, null, null, null, true),
                        org.springframework.data.domain.PageRequest.of(0, 100)).getContent()).stream()
                .filter(st -> !Objects.equals(st.streetId(), home) && !before.contains(st.streetId()))
                .findFirst().orElseThrow();
        as("office", () -> {
            roster.add(specialist.id(), deputy, false);
            return null;
        });
        as("admin", () -> accounts.create(new AccountDraft("rosterstaff", "站点街道工委", Role.STREET_STAFF,
                specialist.streetId(), null, true), PASSWORD));
        long id = drafted();
        as("deputy", () -> service.submit(id, service.get(id).version(), null));
        assertThat(get("rosterstaff", id).parties()).containsExactly(Party.STREET_STAFF);
        assertThat(listed("rosterstaff")).contains(id);
    }

    @Test
    void aDeputySeesHisOwnCosignedAndPublishedOnly() {
        long id = drafted();
        assertThatThrownBy(() -> get("npc", id)).isInstanceOf(NotFoundException.class);
        assertThat(listed("npc")).doesNotContain(id);
        assertThat(listed("deputy")).contains(id);
        as("deputy", () -> service.inviteCosigners(id, service.get(id).version(), List.of(npc)));
        assertThat(listed("npc")).contains(id);
        assertThat(as("npc", () -> service.rightsOf(id))).isEqualTo(new SuggestionRights(true, false));
        assertThat(as("deputy", () -> service.rightsOf(id))).isEqualTo(new SuggestionRights(true, true));
    }

    @Test
    void eachRoleIsRefusedWhatIsNotItsToDo() {
        long id = drafted();
        assertThatThrownBy(() -> as("unita", () -> service.draft(new SuggestionDraft("标题", "内容", ReceptionCategory.OTHER))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("office", () -> service.draft(new SuggestionDraft("标题", "内容", ReceptionCategory.OTHER))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("street01", () -> service.accept(id, 0, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("deputy", () -> service.accept(id, 0, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("deputy", () -> service.sign(id, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("unita", () -> service.publish(id, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("street01", () -> service.waitingForDeputy())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("deputy", () -> units.create(new UnitDraft("某局", UnitKind.OTHER, null, null, true))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("unita", () -> service.sendDueReminders(java.time.LocalDate.now())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unitPhonesAreMaskedButForTheOfficeAndTheUnitItself() {
        assertThat(as("office", () -> units.get(unitA)).contactPhone()).isEqualTo("13800001111");
        assertThat(as("unita", () -> units.get(unitA)).contactPhone()).isEqualTo("13800001111");
        assertThat(as("unitb", () -> units.get(unitA)).contactPhone()).isEqualTo("138****1111");
        assertThat(as("deputy", () -> units.choices())).extracting(UnitChoice::id).contains(unitA, unitB);
        assertThat(SuggestionsTestBase.refusal(() -> as("office", () -> units.create(
                new UnitDraft("测试区住建局", UnitKind.OTHER, null, null, true))))).isEqualTo("unit.error.name-taken");
    }
}
