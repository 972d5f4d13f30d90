package cn.silian.opinions;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.silian.opinions.SuggestionAction.*;
import static cn.silian.opinions.SuggestionState.*;

/**
 * The suggestion workflow in one place: which party may take which step in which state, given a
 * few facts about the suggestion, and which state the step leads to. Pure: no database, no
 * caller; {@link SuggestionService} computes the parties and facts and asks here before it
 * changes anything, and views show {@link SuggestionDetails#allowedActions()} from here.
 */
public final class SuggestionWorkflow {

    /**
     * What the rules look at besides the state and the party.
     *
     * @param round              1, or 2 once reopened for re-handling
     * @param rated              the current round's answer has a rating
     * @param published          it is published
     * @param cosignConfirmed    the calling co-signer has confirmed already
     * @param reassignWindowOpen the lead unit is still within its working days to ask for re-assignment
     * @param reassignPending    a re-assignment request waits for the office
     * @param extensionPending   an extension request waits for the office
     */
    public record Facts(int round, boolean rated, boolean published, boolean cosignConfirmed,
                        boolean reassignWindowOpen, boolean reassignPending, boolean extensionPending) {

        /** A fresh suggestion in round 1 with nothing pending. */
        public static Facts initial() {
            return new Facts(1, false, false, false, true, false, false);
        }
    }

    /** How a decision or rating came out, for {@link #next}. */
    public enum Outcome { PLAIN, APPROVED, REFUSED, SATISFIED, NOT_SATISFIED }

    private static final Set<SuggestionState> BEFORE_ACCEPTANCE = EnumSet.of(DRAFT, SUBMITTED, RETURNED);
    private static final Set<SuggestionState> OPEN_FOR_KEY = EnumSet.of(ACCEPTED, ASSIGNED, HANDLING, ANSWERED, REHANDLING);

    /** The steps each party may take in each state, before the facts narrow them. */
    private static final Map<SuggestionState, Map<Party, Set<SuggestionAction>>> TABLE = Map.ofEntries(
            Map.entry(DRAFT, Map.of(
                    Party.LEAD, EnumSet.of(EDIT, INVITE_COSIGNER, SUBMIT, WITHDRAW),
                    Party.COSIGNER, EnumSet.of(CONFIRM_COSIGN, DECLINE_COSIGN))),
            Map.entry(SUBMITTED, Map.of(
                    Party.LEAD, EnumSet.of(WITHDRAW),
                    Party.COSIGNER, EnumSet.of(CONFIRM_COSIGN, DECLINE_COSIGN),
                    Party.OFFICE, EnumSet.of(RETURN, ACCEPT, NOT_FILE))),
            Map.entry(RETURNED, Map.of(
                    Party.LEAD, EnumSet.of(EDIT, INVITE_COSIGNER, SUBMIT, WITHDRAW),
                    Party.COSIGNER, EnumSet.of(CONFIRM_COSIGN, DECLINE_COSIGN))),
            Map.entry(ACCEPTED, Map.of(
                    Party.OFFICE, EnumSet.of(ASSIGN, MARK_KEY, JOIN))),
            Map.entry(ASSIGNED, Map.of(
                    Party.OFFICE, EnumSet.of(DECIDE_REASSIGN, MARK_KEY),
                    Party.LEAD_UNIT, EnumSet.of(SIGN, REQUEST_REASSIGN),
                    Party.CO_UNIT, EnumSet.of(CO_UNIT_OPINION))),
            Map.entry(HANDLING, Map.of(
                    Party.OFFICE, EnumSet.of(DECIDE_REASSIGN, DECIDE_EXTENSION, MARK_KEY),
                    Party.LEAD_UNIT, EnumSet.of(REQUEST_REASSIGN, LOG_CONTACT, REQUEST_EXTENSION, ANSWER),
                    Party.CO_UNIT, EnumSet.of(LOG_CONTACT, CO_UNIT_OPINION))),
            Map.entry(ANSWERED, Map.of(
                    Party.LEAD, EnumSet.of(RATE),
                    Party.OFFICE, EnumSet.of(CLOSE, MARK_KEY))),
            Map.entry(REHANDLING, Map.of(
                    Party.OFFICE, EnumSet.of(DECIDE_EXTENSION, MARK_KEY),
                    Party.LEAD_UNIT, EnumSet.of(LOG_CONTACT, REQUEST_EXTENSION, ANSWER),
                    Party.CO_UNIT, EnumSet.of(LOG_CONTACT, CO_UNIT_OPINION))),
            Map.entry(CLOSED, Map.of(
                    Party.OFFICE, EnumSet.of(PUBLISH, UNPUBLISH))),
            Map.entry(NOT_FILED, Map.of()),
            Map.entry(WITHDRAWN, Map.of()));

    private SuggestionWorkflow() {
    }

    /** Whether {@code party} may take {@code action} on a suggestion in {@code state}. */
    public static boolean allowed(SuggestionState state, SuggestionAction action, Party party, Facts facts) {
        Set<SuggestionAction> base = TABLE.get(state).get(party);
        if (base == null || !base.contains(action)) {
            return false;
        }
        return switch (action) {
            case CONFIRM_COSIGN -> !facts.cosignConfirmed();
            // Only in round 1: a unit that re-handles cannot hand the matter on.
            case REQUEST_REASSIGN -> facts.round() == 1 && facts.reassignWindowOpen() && !facts.reassignPending();
            case DECIDE_REASSIGN -> facts.reassignPending();
            case REQUEST_EXTENSION -> !facts.extensionPending();
            case DECIDE_EXTENSION -> facts.extensionPending();
            case PUBLISH -> facts.rated() && !facts.published();
            case UNPUBLISH -> facts.published();
            case MARK_KEY -> OPEN_FOR_KEY.contains(state);
            default -> true;
        };
    }

    /** Whether any of the caller's parties may take the step. */
    public static boolean allowed(SuggestionState state, SuggestionAction action, Collection<Party> parties, Facts facts) {
        return parties.stream().anyMatch(p -> allowed(state, action, p, facts));
    }

    /** Every step the caller may take now. */
    public static Set<SuggestionAction> allowedActions(SuggestionState state, Collection<Party> parties, Facts facts) {
        Set<SuggestionAction> result = EnumSet.noneOf(SuggestionAction.class);
        for (SuggestionAction action : SuggestionAction.values()) {
            if (allowed(state, action, parties, facts)) {
                result.add(action);
            }
        }
        return result;
    }

    /**
     * Why the step is refused, as a message key: a specific one where the user needs to know
     * (rating before the answer, by someone else, a second reopening, a co-signer editing, a
     * late re-assignment request), else {@code suggestion.error.not-allowed}.
     */
    public static String denial(SuggestionState state, SuggestionAction action, Collection<Party> parties, Facts facts) {
        if (action == RATE) {
            if (!parties.contains(Party.LEAD)) {
                return "suggestion.error.only-lead-rates";
            }
            if (state == CLOSED && facts.round() == 2) {
                return "suggestion.error.reopened-once";
            }
            if (!EnumSet.of(ANSWERED, CLOSED, NOT_FILED, WITHDRAWN).contains(state)) {
                return "suggestion.error.not-answered";
            }
        }
        if (EnumSet.of(EDIT, INVITE_COSIGNER, SUBMIT, WITHDRAW).contains(action) && parties.contains(Party.COSIGNER)
                && !parties.contains(Party.LEAD)) {
            return "suggestion.error.cosigner-cannot-edit";
        }
        if (action == REQUEST_REASSIGN && parties.contains(Party.LEAD_UNIT) && (state == ASSIGNED || state == HANDLING)
                && facts.round() == 1 && !facts.reassignWindowOpen()) {
            return "suggestion.error.reassign-window-closed";
        }
        return "suggestion.error.not-allowed";
    }

    /** The state an allowed step leads to. */
    public static SuggestionState next(SuggestionState state, SuggestionAction action, Facts facts, Outcome outcome) {
        return switch (action) {
            case SUBMIT -> SUBMITTED;
            case WITHDRAW -> WITHDRAWN;
            case RETURN -> RETURNED;
            case ACCEPT -> ACCEPTED;
            case NOT_FILE -> NOT_FILED;
            case ASSIGN -> ASSIGNED;
            // A new lead unit signs for it afresh.
            case DECIDE_REASSIGN -> outcome == Outcome.APPROVED ? ASSIGNED : state;
            case SIGN -> HANDLING;
            case ANSWER -> ANSWERED;
            // Not satisfied reopens once; in the second round it closes, there is no third.
            case RATE -> outcome == Outcome.NOT_SATISFIED && facts.round() == 1 ? REHANDLING : CLOSED;
            case CLOSE -> CLOSED;
            default -> state;
        };
    }

    public static SuggestionState next(SuggestionState state, SuggestionAction action, Facts facts) {
        return next(state, action, facts, Outcome.PLAIN);
    }

    /** Co-signers may still confirm or decline: before the office accepted it. */
    static boolean beforeAcceptance(SuggestionState state) {
        return BEFORE_ACCEPTANCE.contains(state);
    }
}
