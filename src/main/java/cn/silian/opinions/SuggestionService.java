package cn.silian.opinions;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Deputies' suggestions from draft to closing. Every method checks the caller's relation to the
 * suggestion ({@link Party}) and asks {@link SuggestionWorkflow} whether the step is allowed; a
 * suggestion the caller may not see is reported as not existing. Steps that change a suggestion
 * take the version the caller read ({@code ConcurrentEditException} when it changed meanwhile),
 * record a timeline step and an audit entry, notify the next party, and return the suggestion
 * as the caller now sees it. The office may take a unit's steps on its behalf; the timeline
 * says so.
 */
@Service
@Transactional(readOnly = true)
public class SuggestionService {

    private static UnsupportedOperationException todo() {
        return new UnsupportedOperationException("not yet");
    }

    // ---- reading

    /** The suggestions the caller sees, narrowed by {@code filter}, sorted by {@code pageable} (newest change first by default). */
    public Slice<SuggestionSummary> page(SuggestionFilter filter, Pageable pageable) { throw todo(); }

    public long count(SuggestionFilter filter) { throw todo(); }

    /** One suggestion as the caller sees it; {@code NotFoundException} when he may not see it. */
    public SuggestionDetails get(long id) { throw todo(); }

    /** Of these ids, those the caller may see: for search results and similar suggestions. */
    public Set<Long> visibleIds(Collection<Long> ids) { throw todo(); }

    /** What the caller may do with the suggestion's documents; {@link SuggestionRights#NONE} when he may not see it. */
    public SuggestionRights rightsOf(long suggestionId) { throw todo(); }

    /** Whether the lead unit logged a contact with the deputy in the current round. */
    public boolean hasContact(long id) { throw todo(); }

    /** The signed-in deputy's suggestions waiting for him: to co-sign, to revise, to rate. */
    public List<WaitingItem> waitingForDeputy() { throw todo(); }

    /** The signed-in unit's open assignments with their clocks, most urgent first. */
    public Slice<AssignmentClock> openAssignmentsOfMyUnit(Pageable pageable) { throw todo(); }

    /** Overdue and due-soon suggestions in handling among those the caller sees (the office: all). */
    public DeadlineCounts deadlineCounts() { throw todo(); }

    /** The key suggestions (重点督办) of a year, for the office's overview. */
    public List<SuggestionSummary> keySuggestions(int year) { throw todo(); }

    // ---- the lead deputy and co-signers

    /** A deputy drafts a suggestion as its lead; publishes {@link SuggestionDrafted}. Returns its id. */
    public long draft(SuggestionDraft draft) { throw todo(); }

    public SuggestionDetails update(long id, long version, SuggestionDraft draft) { throw todo(); }

    /** Invites deputies of any level to co-sign; already invited ones are left as they are. */
    public SuggestionDetails inviteCosigners(long id, long version, Collection<Long> deputyIds) { throw todo(); }

    /** The signed-in deputy confirms his invitation; no version: it is his own answer. */
    public SuggestionDetails confirmCosign(long id) { throw todo(); }

    public SuggestionDetails declineCosign(long id) { throw todo(); }

    /** Submits (or resubmits after a return) for the office's pre-review. */
    public SuggestionDetails submit(long id, long version, String comment) { throw todo(); }

    public SuggestionDetails withdraw(long id, long version, String comment) { throw todo(); }

    // ---- the office

    /** Returns it for revision with a comment (required). */
    public SuggestionDetails returnForRevision(long id, long version, String comment) { throw todo(); }

    /** Accepts it: it gets the next number of its year. */
    public SuggestionDetails accept(long id, long version, String comment) { throw todo(); }

    /** Not filed (e.g. turned into a letter), with the reason (required). */
    public SuggestionDetails notFile(long id, long version, String reason) { throw todo(); }

    /** Assigns it to a lead unit and co-units; due = assignment date + answer period. */
    public SuggestionDetails assign(long id, long version, AssignmentDraft draft) { throw todo(); }

    /** Approves (a new lead unit, a new due date) or refuses the lead unit's re-assignment request. */
    public SuggestionDetails decideReassignment(long id, long version, boolean approve, Long newLeadUnitId,
                                                String comment) { throw todo(); }

    /** Approves or refuses the lead unit's extension request. */
    public SuggestionDetails decideExtension(long id, long version, boolean approve, String comment) { throw todo(); }

    /** Closes an answered suggestion without a rating (the deputy does not answer). */
    public SuggestionDetails close(long id, long version, String comment) { throw todo(); }

    public SuggestionDetails publish(long id, long version) { throw todo(); }

    public SuggestionDetails unpublish(long id, long version) { throw todo(); }

    public SuggestionDetails markKey(long id, long version, KeyMark mark) { throw todo(); }

    public SuggestionDetails unmarkKey(long id, long version) { throw todo(); }

    /** Joins accepted suggestions for handling together (并案); each keeps its own answer. Returns the group id. */
    public long join(Collection<Long> ids) { throw todo(); }

    // ---- units (the office on a unit's behalf)

    /** The lead unit asks to be re-assigned, within the window of working days after the assignment. */
    public SuggestionDetails requestReassignment(long id, long version, String reason) { throw todo(); }

    /** The lead unit signs for it (签收). */
    public SuggestionDetails sign(long id, long version) { throw todo(); }

    /**
     * A unit logs a contact with the deputy. {@code unitId}: the unit the office enters it for
     * ({@code null}: the lead unit); a unit account always logs for itself.
     */
    public SuggestionDetails logContact(long id, Long unitId, ContactDraft contact) { throw todo(); }

    /** A co-unit sends its opinion to the lead unit; {@code unitId} as in {@link #logContact}. */
    public SuggestionDetails coUnitOpinion(long id, Long unitId, String text) { throw todo(); }

    /** The lead unit asks for a later due date, within the cap of the max period. */
    public SuggestionDetails requestExtension(long id, long version, LocalDate newDueDate, String reason) { throw todo(); }

    /** The lead unit answers; see {@link AnswerDraft} about the contact warning. */
    public SuggestionDetails answer(long id, long version, AnswerDraft answer) { throw todo(); }

    // ---- the lead deputy again

    /** Rates the answer; NOT_SATISFIED needs a reason and reopens it once. */
    public SuggestionDetails rate(long id, long version, Satisfaction satisfaction, String reason) { throw todo(); }
}
