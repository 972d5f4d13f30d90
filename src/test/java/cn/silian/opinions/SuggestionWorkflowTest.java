package cn.silian.opinions;

import cn.silian.opinions.SuggestionWorkflow.Facts;
import cn.silian.opinions.SuggestionWorkflow.Outcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.silian.opinions.SuggestionAction.*;
import static cn.silian.opinions.SuggestionState.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state × action × party of the workflow against a table written out here by hand, not
 * derived from the class: first with plain facts (round 1, nothing pending, the re-assignment
 * window open, nothing rated or published), then for each fact that changes a cell, the cells
 * it changes.
 */
class SuggestionWorkflowTest {

    private static final Facts PLAIN = new Facts(1, false, false, false, true, false, false);

    /** "STATE PARTY: ACTION ACTION …"; a cell not listed allows nothing. */
    private static final String[] PLAIN_TABLE = {
            "DRAFT LEAD: EDIT INVITE_COSIGNER SUBMIT WITHDRAW",
            "DRAFT COSIGNER: CONFIRM_COSIGN DECLINE_COSIGN",
            "SUBMITTED LEAD: WITHDRAW",
            "SUBMITTED COSIGNER: CONFIRM_COSIGN DECLINE_COSIGN",
            "SUBMITTED OFFICE: RETURN ACCEPT NOT_FILE",
            "RETURNED LEAD: EDIT INVITE_COSIGNER SUBMIT WITHDRAW",
            "RETURNED COSIGNER: CONFIRM_COSIGN DECLINE_COSIGN",
            "ACCEPTED OFFICE: ASSIGN MARK_KEY JOIN",
            "ASSIGNED OFFICE: MARK_KEY",
            "ASSIGNED LEAD_UNIT: SIGN REQUEST_REASSIGN",
            "ASSIGNED CO_UNIT: CO_UNIT_OPINION",
            "HANDLING OFFICE: MARK_KEY",
            "HANDLING LEAD_UNIT: REQUEST_REASSIGN LOG_CONTACT REQUEST_EXTENSION ANSWER",
            "HANDLING CO_UNIT: LOG_CONTACT CO_UNIT_OPINION",
            "ANSWERED LEAD: RATE",
            "ANSWERED OFFICE: CLOSE MARK_KEY",
            "REHANDLING OFFICE: MARK_KEY",
            "REHANDLING LEAD_UNIT: LOG_CONTACT REQUEST_EXTENSION ANSWER",
            "REHANDLING CO_UNIT: LOG_CONTACT CO_UNIT_OPINION",
    };

    @Test
    void plainFacts() {
        assertTable(PLAIN, table(PLAIN_TABLE));
    }

    @Test
    void aConfirmedCosignerMayStillDeclineButNotConfirmAgain() {
        assertTable(new Facts(1, false, false, true, true, false, false), table(PLAIN_TABLE,
                "DRAFT COSIGNER: DECLINE_COSIGN",
                "SUBMITTED COSIGNER: DECLINE_COSIGN",
                "RETURNED COSIGNER: DECLINE_COSIGN"));
    }

    @Test
    void aPendingReassignmentIsDecidedByTheOfficeAndNotAskedTwice() {
        assertTable(new Facts(1, false, false, false, true, true, false), table(PLAIN_TABLE,
                "ASSIGNED OFFICE: DECIDE_REASSIGN MARK_KEY",
                "ASSIGNED LEAD_UNIT: SIGN",
                "HANDLING OFFICE: DECIDE_REASSIGN MARK_KEY",
                "HANDLING LEAD_UNIT: LOG_CONTACT REQUEST_EXTENSION ANSWER"));
    }

    @Test
    void afterTheWindowNoReassignmentIsAsked() {
        assertTable(new Facts(1, false, false, false, false, false, false), table(PLAIN_TABLE,
                "ASSIGNED LEAD_UNIT: SIGN",
                "HANDLING LEAD_UNIT: LOG_CONTACT REQUEST_EXTENSION ANSWER"));
    }

    @Test
    void inTheSecondRoundNoReassignmentIsAsked() {
        assertTable(new Facts(2, false, false, false, true, false, false), table(PLAIN_TABLE,
                "ASSIGNED LEAD_UNIT: SIGN",
                "HANDLING LEAD_UNIT: LOG_CONTACT REQUEST_EXTENSION ANSWER"));
    }

    @Test
    void aPendingExtensionIsDecidedByTheOfficeAndNotAskedTwice() {
        assertTable(new Facts(1, false, false, false, true, false, true), table(PLAIN_TABLE,
                "HANDLING OFFICE: DECIDE_EXTENSION MARK_KEY",
                "HANDLING LEAD_UNIT: REQUEST_REASSIGN LOG_CONTACT ANSWER",
                "REHANDLING OFFICE: DECIDE_EXTENSION MARK_KEY",
                "REHANDLING LEAD_UNIT: LOG_CONTACT ANSWER"));
    }

    @Test
    void onlyARatedClosedSuggestionIsPublished() {
        assertTable(new Facts(1, true, false, false, true, false, false), table(PLAIN_TABLE,
                "CLOSED OFFICE: PUBLISH"));
    }

    @Test
    void aPublishedOneIsWithdrawnFromPublicationNotPublishedAgain() {
        assertTable(new Facts(1, true, true, false, true, false, false), table(PLAIN_TABLE,
                "CLOSED OFFICE: UNPUBLISH"));
    }

    @Test
    void eachStepLeadsWhereTheRulesSay() {
        Facts one = PLAIN;
        Facts two = new Facts(2, false, false, false, true, false, false);
        assertThat(SuggestionWorkflow.next(DRAFT, SUBMIT, one)).isEqualTo(SUBMITTED);
        assertThat(SuggestionWorkflow.next(RETURNED, SUBMIT, one)).isEqualTo(SUBMITTED);
        assertThat(SuggestionWorkflow.next(DRAFT, EDIT, one)).isEqualTo(DRAFT);
        assertThat(SuggestionWorkflow.next(SUBMITTED, WITHDRAW, one)).isEqualTo(WITHDRAWN);
        assertThat(SuggestionWorkflow.next(SUBMITTED, RETURN, one)).isEqualTo(RETURNED);
        assertThat(SuggestionWorkflow.next(SUBMITTED, ACCEPT, one)).isEqualTo(ACCEPTED);
        assertThat(SuggestionWorkflow.next(SUBMITTED, NOT_FILE, one)).isEqualTo(NOT_FILED);
        assertThat(SuggestionWorkflow.next(ACCEPTED, ASSIGN, one)).isEqualTo(ASSIGNED);
        assertThat(SuggestionWorkflow.next(ASSIGNED, SIGN, one)).isEqualTo(HANDLING);
        assertThat(SuggestionWorkflow.next(HANDLING, DECIDE_REASSIGN, one, Outcome.APPROVED)).isEqualTo(ASSIGNED);
        assertThat(SuggestionWorkflow.next(HANDLING, DECIDE_REASSIGN, one, Outcome.REFUSED)).isEqualTo(HANDLING);
        assertThat(SuggestionWorkflow.next(HANDLING, DECIDE_EXTENSION, one, Outcome.APPROVED)).isEqualTo(HANDLING);
        assertThat(SuggestionWorkflow.next(HANDLING, LOG_CONTACT, one)).isEqualTo(HANDLING);
        assertThat(SuggestionWorkflow.next(HANDLING, ANSWER, one)).isEqualTo(ANSWERED);
        assertThat(SuggestionWorkflow.next(ANSWERED, RATE, one, Outcome.SATISFIED)).isEqualTo(CLOSED);
        assertThat(SuggestionWorkflow.next(ANSWERED, RATE, one, Outcome.NOT_SATISFIED)).isEqualTo(REHANDLING);
        assertThat(SuggestionWorkflow.next(REHANDLING, ANSWER, two)).isEqualTo(ANSWERED);
        assertThat(SuggestionWorkflow.next(ANSWERED, RATE, two, Outcome.NOT_SATISFIED)).isEqualTo(CLOSED);
        assertThat(SuggestionWorkflow.next(ANSWERED, RATE, two, Outcome.SATISFIED)).isEqualTo(CLOSED);
        assertThat(SuggestionWorkflow.next(ANSWERED, CLOSE, one)).isEqualTo(CLOSED);
        assertThat(SuggestionWorkflow.next(CLOSED, PUBLISH, one)).isEqualTo(CLOSED);
    }

    @Test
    void refusalsSayWhy() {
        Facts two = new Facts(2, false, false, false, true, false, false);
        assertThat(SuggestionWorkflow.denial(HANDLING, RATE, Set.of(Party.LEAD), PLAIN)).isEqualTo("suggestion.error.not-answered");
        assertThat(SuggestionWorkflow.denial(DRAFT, RATE, Set.of(Party.LEAD), PLAIN)).isEqualTo("suggestion.error.not-answered");
        assertThat(SuggestionWorkflow.denial(REHANDLING, RATE, Set.of(Party.LEAD), two)).isEqualTo("suggestion.error.not-answered");
        assertThat(SuggestionWorkflow.denial(ANSWERED, RATE, Set.of(Party.COSIGNER), PLAIN)).isEqualTo("suggestion.error.only-lead-rates");
        assertThat(SuggestionWorkflow.denial(CLOSED, RATE, Set.of(Party.LEAD), two)).isEqualTo("suggestion.error.reopened-once");
        assertThat(SuggestionWorkflow.denial(DRAFT, EDIT, Set.of(Party.COSIGNER), PLAIN)).isEqualTo("suggestion.error.cosigner-cannot-edit");
        assertThat(SuggestionWorkflow.denial(ASSIGNED, REQUEST_REASSIGN, Set.of(Party.LEAD_UNIT),
                new Facts(1, false, false, false, false, false, false))).isEqualTo("suggestion.error.reassign-window-closed");
        assertThat(SuggestionWorkflow.denial(CLOSED, ASSIGN, Set.of(Party.OFFICE), PLAIN)).isEqualTo("suggestion.error.not-allowed");
    }

    @Test
    void aCallerWithSeveralPartiesMayWhatAnyOfThemMay() {
        assertThat(SuggestionWorkflow.allowedActions(HANDLING, Set.of(Party.OFFICE, Party.LEAD_UNIT), PLAIN))
                .containsExactlyInAnyOrder(MARK_KEY, REQUEST_REASSIGN, LOG_CONTACT, REQUEST_EXTENSION, ANSWER);
    }

    private static void assertTable(Facts facts, Map<SuggestionState, Map<Party, Set<SuggestionAction>>> expected) {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (SuggestionState state : SuggestionState.values()) {
            for (Party party : Party.values()) {
                Set<SuggestionAction> allowed = expected.getOrDefault(state, Map.of()).getOrDefault(party, Set.of());
                for (SuggestionAction action : SuggestionAction.values()) {
                    cells++;
                    boolean actual = SuggestionWorkflow.allowed(state, action, party, facts);
                    if (actual != allowed.contains(action)) {
                        wrong.add(state + " " + party + " " + action + ": expected " + allowed.contains(action));
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(SuggestionState.values().length * Party.values().length * SuggestionAction.values().length);
        assertThat(wrong).isEmpty();
    }

    /** The plain table with some cells replaced. */
    private static Map<SuggestionState, Map<Party, Set<SuggestionAction>>> table(String[] base, String... changed) {
        Map<SuggestionState, Map<Party, Set<SuggestionAction>>> table = new HashMap<>();
        for (String line : base) {
            put(table, line);
        }
        for (String line : changed) {
            put(table, line);
        }
        return table;
    }

    private static void put(Map<SuggestionState, Map<Party, Set<SuggestionAction>>> table, String line) {
        String[] cell = line.split(":");
        String[] head = cell[0].trim().split(" ");
        Set<SuggestionAction> actions = EnumSet.noneOf(SuggestionAction.class);
        Arrays.stream(cell[1].trim().split(" ")).filter(a -> !a.isBlank()).map(SuggestionAction::valueOf).forEach(actions::add);
        table.computeIfAbsent(SuggestionState.valueOf(head[0]), s -> new HashMap<>()).put(Party.valueOf(head[1]), actions);
    }
}
