package cn.silian.opinions;

import cn.silian.security.SilianUser;
import cn.silian.SilianSpringTest;
import cn.silian.security.SystemUser;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Formats;
import cn.silian.stations.ReceptionCategory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The suggestion rules of issue #11, through the service as each party calls it. */
@SilianSpringTest
@Transactional
@Tag("db")
class SuggestionServiceTest extends SuggestionsTestBase {

    @org.springframework.beans.factory.annotation.Autowired OpinionService opinions;

    private static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }

    @Test
    void theWholeWayWithOneReopening() {
        long id = drafted();
        SuggestionDetails d = as("deputy", () -> service.inviteCosigners(id, service.get(id).version(), List.of(npc)));
        assertThat(d.signers()).singleElement().extracting(SuggestionDetails.Signer::status).isEqualTo(CosignStatus.INVITED);
        assertThat(as("npc", () -> service.waitingForDeputy())).extracting(WaitingItem::reason).contains(WaitingReason.CO_SIGN);
        as("npc", () -> service.confirmCosign(id));
        d = as("deputy", () -> service.submit(id, service.get(id).version(), null));
        assertThat(d.state()).isEqualTo(SuggestionState.SUBMITTED);

        long v1 = d.version();
        d = as("office", () -> service.returnForRevision(id, v1, "请补充具体小区名单"));
        assertThat(d.state()).isEqualTo(SuggestionState.RETURNED);
        assertThat(as("deputy", () -> service.waitingForDeputy())).extracting(WaitingItem::id, WaitingItem::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(id, WaitingReason.REVISE));
        long v2 = d.version();
        as("deputy", () -> service.update(id, v2, new SuggestionDraft("关于改善老旧小区加装电梯的建议",
                "涉及幸福里、光明里两个小区，建议简化审批。", ReceptionCategory.HOUSING)));
        d = as("deputy", () -> service.submit(id, service.get(id).version(), "已补充"));
        long v3 = d.version();
        d = as("office", () -> service.accept(id, v3, null));
        assertThat(d.state()).isEqualTo(SuggestionState.ACCEPTED);
        assertThat(d.number()).isNotNull();
        assertThat(d.code()).isEqualTo(String.format("%d-%03d", d.year(), d.number()));

        long v4 = d.version();
        d = as("office", () -> service.assign(id, v4, new AssignmentDraft(unitA, List.of(unitB), null, null)));
        assertThat(d.state()).isEqualTo(SuggestionState.ASSIGNED);
        assertThat(d.dueDate()).isEqualTo(today().plusMonths(3));
        assertThat(d.assignments()).extracting(SuggestionDetails.Assignment::unitId, SuggestionDetails.Assignment::lead)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(unitA, true), org.assertj.core.groups.Tuple.tuple(unitB, false));
        assertThat(d.assignments().get(1).coOpinionDue()).isEqualTo(today().plusMonths(1));

        long v5 = d.version();
        d = as("unita", () -> service.sign(id, v5));
        assertThat(d.state()).isEqualTo(SuggestionState.HANDLING);
        assertThat(d.allowedActions()).contains(SuggestionAction.ANSWER, SuggestionAction.LOG_CONTACT);
        as("unitb", () -> service.coUnitOpinion(id, null, "交通局同意配合。"));
        assertThat(as("unita", () -> service.hasContact(id))).isFalse();
        long v6 = get("unita", id).version();
        assertThat(refusal(() -> as("unita", () -> service.answer(id, v6, new AnswerDraft(AnswerCategory.A_SOLVED, "已解决。", false)))))
                .isEqualTo("suggestion.error.no-contact");
        d = as("unita", () -> service.logContact(id, null, new ContactDraft(ContactKind.MEETING, today(), "当面商谈")));
        long v7 = d.version();
        d = as("unita", () -> service.answer(id, v7, new AnswerDraft(AnswerCategory.B_BEING_SOLVED, "正在推进审批简化。", false)));
        assertThat(d.state()).isEqualTo(SuggestionState.ANSWERED);
        assertThat(d.answers()).singleElement().extracting(SuggestionDetails.Answer::withoutContact).isEqualTo(false);
        assertThat(as("deputy", () -> service.waitingForDeputy())).extracting(WaitingItem::reason).contains(WaitingReason.RATE);

        long v8 = d.version();
        assertThat(refusal(() -> as("deputy", () -> service.rate(id, v8, Satisfaction.NOT_SATISFIED, " "))))
                .isEqualTo("validation.required");
        d = as("deputy", () -> service.rate(id, v8, Satisfaction.NOT_SATISFIED, "进度太慢"));
        assertThat(d.state()).isEqualTo(SuggestionState.REHANDLING);
        assertThat(d.round()).isEqualTo(2);
        assertThat(d.dueDate()).isEqualTo(today().plusMonths(1));
        assertThat(d.hasContact()).isFalse();

        long v9 = d.version();
        d = as("unita", () -> service.answer(id, v9, new AnswerDraft(AnswerCategory.A_SOLVED, "已完成审批简化。", true)));
        assertThat(d.answers()).hasSize(2);
        assertThat(d.answers().get(1).withoutContact()).isTrue();
        long v10 = d.version();
        d = as("deputy", () -> service.rate(id, v10, Satisfaction.SATISFIED, null));
        assertThat(d.state()).isEqualTo(SuggestionState.CLOSED);

        long v11 = d.version();
        d = as("office", () -> service.publish(id, v11));
        assertThat(d.published()).isTrue();
        assertThat(d.allowedActions()).containsExactly(SuggestionAction.UNPUBLISH);
        assertThat(d.steps()).extracting(SuggestionDetails.Step::action).containsSubsequence(
                SuggestionAction.EDIT, SuggestionAction.INVITE_COSIGNER, SuggestionAction.CONFIRM_COSIGN, SuggestionAction.SUBMIT,
                SuggestionAction.RETURN, SuggestionAction.EDIT, SuggestionAction.SUBMIT, SuggestionAction.ACCEPT,
                SuggestionAction.ASSIGN, SuggestionAction.SIGN, SuggestionAction.CO_UNIT_OPINION, SuggestionAction.LOG_CONTACT,
                SuggestionAction.ANSWER, SuggestionAction.RATE, SuggestionAction.ANSWER, SuggestionAction.RATE, SuggestionAction.PUBLISH);
        assertThat(d.steps()).filteredOn(s -> s.action() == SuggestionAction.RETURN).singleElement()
                .satisfies(s -> {
                    assertThat(s.comment()).isEqualTo("请补充具体小区名单");
                    assertThat(s.actor().displayName()).isEqualTo("代表工委 王敏");
                    assertThat(s.from()).isEqualTo(SuggestionState.SUBMITTED);
                    assertThat(s.to()).isEqualTo(SuggestionState.RETURNED);
                });
        // Published: every deputy and the office see it.
        assertThat(as("office", () -> service.get(id)).published()).isTrue();
    }

    @Test
    void onlyAllowedMovesHappen() {
        long id = drafted();
        long version = get("deputy", id).version();
        assertThat(refusal(() -> as("deputy", () -> service.rate(id, version, Satisfaction.SATISFIED, null))))
                .isEqualTo("suggestion.error.not-answered");
        SuggestionDetails submitted = as("deputy", () -> service.submit(id, version, null));
        assertThat(refusal(() -> as("deputy", () -> service.submit(id, submitted.version(), null))))
                .isEqualTo("suggestion.error.not-allowed");
        assertThat(refusal(() -> as("office", () -> service.assign(id, submitted.version(),
                new AssignmentDraft(unitA, List.of(), null, null))))).isEqualTo("suggestion.error.not-allowed");
        assertThat(refusal(() -> as("office", () -> service.publish(id, submitted.version()))))
                .isEqualTo("suggestion.error.not-allowed");
        SuggestionDetails after = get("deputy", id);
        assertThat(after.state()).isEqualTo(SuggestionState.SUBMITTED);
        assertThat(after.version()).isEqualTo(submitted.version());
    }

    @Test
    void noRatingBeforeTheAnswer() {
        SuggestionDetails d = handling();
        assertThat(refusal(() -> as("deputy", () -> service.rate(d.id(), d.version(), Satisfaction.SATISFIED, null))))
                .isEqualTo("suggestion.error.not-answered");
        SuggestionDetails after = get("deputy", d.id());
        assertThat(after.state()).isEqualTo(SuggestionState.HANDLING);
        assertThat(after.version()).isEqualTo(d.version());
    }

    @Test
    void onlyTheLeadDeputyRates() {
        SuggestionDetails d = answered();
        assertThat(refusal(() -> as("npc", () -> service.rate(d.id(), d.version(), Satisfaction.NOT_SATISFIED, "不行"))))
                .isEqualTo("suggestion.error.only-lead-rates");
        assertThatThrownBy(() -> as("unita", () -> service.rate(d.id(), d.version(), Satisfaction.SATISFIED, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SuggestionDetails after = get("deputy", d.id());
        assertThat(after.state()).isEqualTo(SuggestionState.ANSWERED);
        assertThat(after.answers().getFirst().satisfaction()).isNull();
    }

    @Test
    void aSuggestionIsReopenedAtMostOnce() {
        SuggestionDetails d = answered();
        SuggestionDetails reopened = as("deputy", () -> service.rate(d.id(), d.version(), Satisfaction.NOT_SATISFIED, "太慢"));
        SuggestionDetails again = as("unita", () -> service.answer(d.id(), reopened.version(),
                new AnswerDraft(AnswerCategory.C_PLANNED, "列入明年计划。", true)));
        SuggestionDetails closed = as("deputy", () -> service.rate(d.id(), again.version(), Satisfaction.NOT_SATISFIED, "仍不满意"));
        assertThat(closed.state()).isEqualTo(SuggestionState.CLOSED);
        assertThat(closed.round()).isEqualTo(2);
        assertThat(refusal(() -> as("deputy", () -> service.rate(d.id(), closed.version(), Satisfaction.NOT_SATISFIED, "再办一次"))))
                .isEqualTo("suggestion.error.reopened-once");
        SuggestionDetails after = get("deputy", d.id());
        assertThat(after.state()).isEqualTo(SuggestionState.CLOSED);
        assertThat(after.version()).isEqualTo(closed.version());
        assertThat(after.answers()).hasSize(2);
    }

    @Test
    void coSignersSeeButDoNotEdit() {
        long id = drafted();
        SuggestionDetails invited = as("deputy", () -> service.inviteCosigners(id, get("deputy", id).version(), List.of(npc)));
        SuggestionDetails seen = get("npc", id);
        assertThat(seen.parties()).containsExactly(Party.COSIGNER);
        assertThat(seen.allowedActions()).containsExactlyInAnyOrder(SuggestionAction.CONFIRM_COSIGN, SuggestionAction.DECLINE_COSIGN);
        assertThat(refusal(() -> as("npc", () -> service.update(id, invited.version(),
                new SuggestionDraft("改了", "改了", ReceptionCategory.OTHER))))).isEqualTo("suggestion.error.cosigner-cannot-edit");
        assertThat(refusal(() -> as("npc", () -> service.submit(id, invited.version(), null))))
                .isEqualTo("suggestion.error.cosigner-cannot-edit");
        assertThat(get("deputy", id).title()).isEqualTo("关于改善老旧小区加装电梯的建议");
        // A co-signer counts once confirmed, and a declined one no longer sees the draft.
        as("npc", () -> service.declineCosign(id));
        assertThatThrownBy(() -> get("npc", id)).isInstanceOf(cn.silian.shared.NotFoundException.class);
    }

    @Test
    void theLeadTakesBackAnInvitationAndOnlyTheLead() {
        long id = drafted();
        SuggestionDetails invited = as("deputy", () -> service.inviteCosigners(id, get("deputy", id).version(), List.of(npc)));
        as("npc", () -> service.confirmCosign(id));
        long version = get("deputy", id).version();
        assertThat(refusal(() -> as("npc", () -> service.withdrawInvitations(id, version, List.of(npc)))))
                .isEqualTo("suggestion.error.cosigner-cannot-edit");
        SuggestionDetails after = as("deputy", () -> service.withdrawInvitations(id, version, List.of(npc)));
        assertThat(after.signers()).isEmpty();
        assertThat(after.steps().getLast().action()).isEqualTo(SuggestionAction.INVITE_COSIGNER);
        assertThatThrownBy(() -> get("npc", id)).isInstanceOf(cn.silian.shared.NotFoundException.class);
        // After submission the list of signers is the office's to judge, no longer the lead's to change.
        as("deputy", () -> service.inviteCosigners(id, after.version(), List.of(npc)));
        as("deputy", () -> service.submit(id, get("deputy", id).version(), null));
        long submitted = get("deputy", id).version();
        assertThat(refusal(() -> as("deputy", () -> service.withdrawInvitations(id, submitted, List.of(npc)))))
                .isEqualTo("suggestion.error.not-allowed");
        assertThat(get("deputy", id).signers()).extracting(SuggestionDetails.Signer::deputyId).containsExactly(npc);
        assertThat(invited.signers()).hasSize(1);
    }

    @Test
    void badInputChangesNothing() {
        assertThat(refusal(() -> as("deputy", () -> service.draft(new SuggestionDraft("标题", " ", ReceptionCategory.OTHER)))))
                .isEqualTo("validation.required");
        assertThat(refusal(() -> as("deputy", () -> service.draft(new SuggestionDraft("题".repeat(201), "内容", ReceptionCategory.OTHER)))))
                .isEqualTo("validation.too-long");
        assertThat(refusal(() -> as("deputy", () -> service.draft(new SuggestionDraft("标题", "内".repeat(8001), ReceptionCategory.OTHER)))))
                .isEqualTo("validation.too-long");
        assertThat(as("deputy", () -> service.count(SuggestionFilter.all().withText("内内内内内内")))).isZero();

        SuggestionDetails d = accepted();
        assertThat(refusal(() -> as("office", () -> service.assign(d.id(), d.version(),
                new AssignmentDraft(unitA, List.of(), today().minusMonths(4), null))))).isEqualTo("suggestion.error.due-in-past");
        assertThat(refusal(() -> as("office", () -> service.assign(d.id(), d.version(),
                new AssignmentDraft(unitA, List.of(), today().plusDays(1), null))))).isEqualTo("suggestion.error.assigned-in-future");
        assertThat(refusal(() -> as("office", () -> service.assign(d.id(), d.version(),
                new AssignmentDraft(unitA, List.of(unitA), null, null))))).isEqualTo("suggestion.error.co-unit-is-lead");
        assertThat(refusal(() -> as("office", () -> service.returnForRevision(d.id(), d.version(), " "))))
                .isEqualTo("suggestion.error.not-allowed");
        SuggestionDetails after = get("office", d.id());
        assertThat(after.state()).isEqualTo(SuggestionState.ACCEPTED);
        assertThat(after.assignments()).isEmpty();
        assertThat(after.version()).isEqualTo(d.version());
    }

    @Test
    void aUnitsBadInputChangesNothing() {
        SuggestionDetails d = handling();
        assertThat(refusal(() -> as("unita", () -> service.answer(d.id(), d.version(),
                new AnswerDraft(AnswerCategory.A_SOLVED, "答".repeat(AnswerDraft.TEXT_MAX + 1), true))))).isEqualTo("validation.too-long");
        assertThat(refusal(() -> as("unita", () -> service.answer(d.id(), d.version(), new AnswerDraft(null, "已解决", true)))))
                .isEqualTo("validation.required");
        assertThat(refusal(() -> as("unita", () -> service.logContact(d.id(), null,
                new ContactDraft(ContactKind.PHONE, today().plusDays(1), null))))).isEqualTo("suggestion.error.contact-in-future");
        assertThat(refusal(() -> as("unitb", () -> service.coUnitOpinion(d.id(), null, " ")))).isEqualTo("validation.required");
        SuggestionDetails after = get("unita", d.id());
        assertThat(after.state()).isEqualTo(SuggestionState.HANDLING);
        assertThat(after.answers()).isEmpty();
        assertThat(after.contacts()).hasSize(1);
        assertThat(after.version()).isEqualTo(d.version());
    }

    @Test
    void onlyARatedClosedSuggestionIsPublished() {
        SuggestionDetails d = answered();
        SuggestionDetails closed = as("office", () -> service.close(d.id(), d.version(), "代表未评价"));
        assertThat(closed.state()).isEqualTo(SuggestionState.CLOSED);
        assertThat(refusal(() -> as("office", () -> service.publish(d.id(), closed.version())))).isEqualTo("suggestion.error.not-allowed");
        assertThat(get("office", d.id()).published()).isFalse();
    }

    @Test
    void aDraftKeepsWhatItGrewFrom() {
        // The opinions side checks on drafting that the deputy may read what the draft grows from, so they must exist.
        Long street = ((SilianUser) accounts.loadUserByUsername("street01")).streetId();
        long first = as("deputy", () -> opinions.record(OpinionSource.DIRECT, null,
                new OpinionDraft("公交站太远，老人出行不便。", ReceptionCategory.TRAFFIC, street, "东园社区", null, null, null)));
        long second = as("deputy", () -> opinions.record(OpinionSource.DIRECT, null,
                new OpinionDraft("希望增开社区巴士。", ReceptionCategory.TRAFFIC, street, "东园社区", null, null, null)));
        long id = as("deputy", () -> service.draft(new SuggestionDraft("关于增设公交站点的建议", "居民反映出行不便。",
                ReceptionCategory.TRAFFIC, List.of(first, second), List.of())));
        assertThat(get("deputy", id).sources()).extracting(SuggestionDetails.Source::kind, SuggestionDetails.Source::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SourceKind.OPINION, first),
                        org.assertj.core.groups.Tuple.tuple(SourceKind.OPINION, second));
        assertThat(get("deputy", id).sources().getFirst().link()).isEqualTo("opinions/" + first);
    }

    @Test
    void aStaleEditIsRefused() {
        long id = drafted();
        long stale = get("deputy", id).version();
        as("deputy", () -> service.update(id, stale, new SuggestionDraft("第一次修改", "内容", ReceptionCategory.OTHER)));
        assertThatThrownBy(() -> as("deputy", () -> service.update(id, stale, new SuggestionDraft("第二次修改", "内容", ReceptionCategory.OTHER))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(get("deputy", id).title()).isEqualTo("第一次修改");
    }

    @Test
    void anApprovedExtensionMovesTheDueDateWithinTheCap() {
        SuggestionDetails d = handling();
        LocalDate cap = d.assignedOn().plusMonths(6);
        assertThat(refusal(() -> as("unita", () -> service.requestExtension(d.id(), d.version(), cap.plusDays(1), "工程量大"))))
                .isEqualTo("suggestion.error.beyond-max");
        assertThat(refusal(() -> as("unita", () -> service.requestExtension(d.id(), d.version(), d.dueDate(), "工程量大"))))
                .isEqualTo("suggestion.error.extension-not-later");
        assertThat(refusal(() -> as("unita", () -> service.requestExtension(d.id(), d.version(), cap, " "))))
                .isEqualTo("validation.required");
        assertThat(get("unita", d.id()).assignments().getFirst().extensionAsked()).isNull();

        SuggestionDetails asked = as("unita", () -> service.requestExtension(d.id(), d.version(), cap, "工程量大"));
        assertThat(asked.assignments().getFirst().extensionAsked()).isEqualTo(cap);
        assertThat(asked.allowedActions()).doesNotContain(SuggestionAction.REQUEST_EXTENSION);
        assertThat(get("office", d.id()).allowedActions()).contains(SuggestionAction.DECIDE_EXTENSION);
        SuggestionDetails approved = as("office", () -> service.decideExtension(d.id(), asked.version(), true, "同意"));
        assertThat(approved.dueDate()).isEqualTo(cap);
        assertThat(approved.assignments().getFirst().dueDate()).isEqualTo(cap);
        assertThat(approved.assignments().getFirst().extensionAsked()).isNull();
        // At the cap no further extension is possible.
        assertThat(refusal(() -> as("unita", () -> service.requestExtension(d.id(), approved.version(), cap.plusDays(10), "再延"))))
                .isEqualTo("suggestion.error.beyond-max");
    }

    @Test
    void aUnitAsksToBeReassignedWithinItsWorkingDaysAndTheOfficeDecides() {
        SuggestionDetails d = assigned();
        assertThat(get("unita", d.id()).allowedActions()).contains(SuggestionAction.REQUEST_REASSIGN);
        SuggestionDetails asked = as("unita", () -> service.requestReassignment(d.id(), d.version(), "不属于本单位职责"));
        SuggestionDetails moved = as("office", () -> service.decideReassignment(d.id(), asked.version(), true, unitB, "改由交通局主办"));
        assertThat(moved.state()).isEqualTo(SuggestionState.ASSIGNED);
        assertThat(moved.dueDate()).isEqualTo(today().plusMonths(3));
        assertThat(moved.assignments()).filteredOn(SuggestionDetails.Assignment::active)
                .extracting(SuggestionDetails.Assignment::unitId, SuggestionDetails.Assignment::lead)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(unitB, true));
        assertThatThrownBy(() -> get("unita", d.id())).isInstanceOf(cn.silian.shared.NotFoundException.class);
        assertThat(get("unitb", d.id()).parties()).containsExactly(Party.LEAD_UNIT);

        // Assigned on paper more than five working days ago: too late to ask.
        SuggestionDetails late = accepted();
        SuggestionDetails old = as("office", () -> service.assign(late.id(), late.version(),
                new AssignmentDraft(unitA, List.of(), today().minusDays(20), null)));
        assertThat(refusal(() -> as("unita", () -> service.requestReassignment(late.id(), old.version(), "不属于本单位"))))
                .isEqualTo("suggestion.error.reassign-window-closed");
    }

    @Test
    void theOfficeEntersAUnitsStepsOnItsBehalf() {
        SuggestionDetails d = assigned();
        SuggestionDetails signed = as("office", () -> service.sign(d.id(), d.version()));
        assertThat(signed.steps().getLast()).satisfies(s -> {
            assertThat(s.action()).isEqualTo(SuggestionAction.SIGN);
            assertThat(s.onBehalfOfUnitId()).isEqualTo(unitA);
            assertThat(s.onBehalfOfUnit()).isEqualTo("测试区住建局");
        });
        assertThat(as("unitb", () -> service.openAssignmentsOfMyUnit(org.springframework.data.domain.PageRequest.of(0, 50))
                .getContent())).extracting(AssignmentClock::suggestionId).contains(d.id());
        SuggestionDetails logged = as("office", () -> service.coUnitOpinion(d.id(), unitB, "同意"));
        assertThat(logged.steps().getLast().onBehalfOfUnitId()).isEqualTo(unitB);
        assertThat(logged.assignments().get(1).coOpinion()).isEqualTo("同意");
        // Its opinion sent, the co-unit has nothing left open on it, so no clock runs for it on its home page.
        assertThat(as("unitb", () -> service.openAssignmentsOfMyUnit(org.springframework.data.domain.PageRequest.of(0, 50))
                .getContent())).extracting(AssignmentClock::suggestionId).doesNotContain(d.id());
    }

    @Test
    void dueSoonAndOverdueAreRemindedOnce() {
        SuggestionDetails d = assigned();
        LocalDate soon = d.dueDate().minusDays(3);
        int first = SystemUser.call(() -> service.sendDueReminders(soon));
        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(SystemUser.call(() -> service.sendDueReminders(soon))).isZero();
        LocalDate late = d.dueDate().plusDays(1);
        assertThat(SystemUser.call(() -> service.sendDueReminders(late))).isGreaterThanOrEqualTo(1);
        assertThat(SystemUser.call(() -> service.sendDueReminders(late))).isZero();
        SuggestionDetails seen = OpinionsClock.asOf(late, () -> get("office", d.id()));
        assertThat(seen.overdue()).isTrue();
        assertThat(OpinionsClock.asOf(soon, () -> get("office", d.id())).dueSoon()).isTrue();
        assertThat(OpinionsClock.asOf(late, () -> as("office", () -> service.count(SuggestionFilter.all().onlyOverdue())))).isPositive();
        assertThat(OpinionsClock.asOf(late, () -> as("office", () -> service.deadlineCounts())).overdue()).isPositive();
        assertThat(OpinionsClock.asOf(soon, () -> as("unita", () -> service.deadlineCounts())).dueSoon()).isPositive();
        assertThat(OpinionsClock.asOf(late, () -> as("unita", () -> service.openAssignmentsOfMyUnit(org.springframework.data.domain.PageRequest.of(0, 10)))))
                .anySatisfy(c -> {
                    assertThat(c.suggestionId()).isEqualTo(d.id());
                    assertThat(c.overdue()).isTrue();
                });
    }

    @Test
    void joinedSuggestionsAreAssignedTogetherAndAnsweredEach() {
        SuggestionDetails one = accepted();
        SuggestionDetails two = accepted();
        long group = as("office", () -> service.join(List.of(one.id(), two.id())));
        assertThat(refusal(() -> as("office", () -> service.join(List.of(one.id()))))).isEqualTo("suggestion.error.join-needs-two");
        SuggestionDetails first = get("office", one.id());
        assertThat(first.handlingGroupId()).isEqualTo(group);
        assertThat(first.groupMemberIds()).containsExactlyInAnyOrder(one.id(), two.id());
        as("office", () -> service.assign(one.id(), first.version(), new AssignmentDraft(unitA, List.of(), null, null)));
        assertThat(get("unita", two.id()).state()).isEqualTo(SuggestionState.ASSIGNED);
    }

    @Test
    void keySupervisionIsTheOfficesAndNeedsALeader() {
        SuggestionDetails d = accepted();
        assertThat(refusal(() -> as("office", () -> service.markKey(d.id(), d.version(), new KeyMark(" ", null)))))
                .isEqualTo("validation.required");
        SuggestionDetails key = as("office", () -> service.markKey(d.id(), d.version(), new KeyMark("张副主任", "第一街道工委")));
        assertThat(key.key()).isTrue();
        assertThat(key.keyLeader()).isEqualTo("张副主任");
        assertThat(as("office", () -> service.keyProgress(key.year()))).extracting(p -> p.summary().id()).contains(d.id());
        assertThatThrownBy(() -> as("deputy", () -> service.markKey(d.id(), key.version(), new KeyMark("我", null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
