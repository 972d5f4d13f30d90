package cn.silian.opinions;

import cn.silian.people.Level;
import cn.silian.shared.PersonName;
import cn.silian.stations.ReceptionCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One suggestion as its page shows it to the caller: the text, who signed it, its assignments
 * with their clocks, the units' contacts, the answers with their ratings, the timeline, and
 * what the caller may do now ({@code allowedActions}, from {@link SuggestionWorkflow}).
 * {@code version} goes back with every change. {@code hasContact} tells whether the lead unit
 * logged a contact in this round (answering without warns).
 */
public record SuggestionDetails(long id, long version, int year, Integer number, String code, String title, String body,
                                ReceptionCategory category, long leadDeputyId, String leadName, Level leadLevel,
                                SuggestionState state, int round, LocalDate assignedOn, LocalDate dueDate,
                                boolean overdue, boolean dueSoon, boolean key, String keyLeader, String keyFollowers,
                                boolean published, Instant publishedAt, Long handlingGroupId, List<Long> groupMemberIds,
                                String notFiledReason, List<Signer> signers, List<Assignment> assignments,
                                List<Contact> contacts, List<Answer> answers, List<Step> steps, List<Source> sources,
                                Set<Party> parties, Set<SuggestionAction> allowedActions, boolean hasContact,
                                PersonName draftedBy, Instant createdAt, Instant updatedAt) {

    /** Whether the caller may take this step now. */
    public boolean may(SuggestionAction action) {
        return allowedActions.contains(action);
    }

    /** A co-signer and his answer. */
    public record Signer(long deputyId, String name, Level level, Long streetId, CosignStatus status,
                         Instant invitedAt, Instant answeredAt) {
    }

    /**
     * An assignment to a unit. {@code lead}: the lead unit (主办), else a co-unit (协办);
     * {@code active} false for a lead unit replaced on re-assignment. {@code coOpinionDue} is a
     * co-unit's deadline for its opinion. A pending re-assignment or extension request carries its
     * reason (and the asked due date).
     */
    public record Assignment(long id, long unitId, String unitName, boolean lead, boolean active, LocalDate assignedOn,
                             LocalDate dueDate, LocalDate coOpinionDue, Instant signedAt, String coOpinion,
                             Instant coOpinionAt, boolean reassignPending, String reassignReason,
                             LocalDate reassignWindowEnds, LocalDate extensionAsked, String extensionReason,
                             boolean overdue, boolean dueSoon) {
    }

    /** A contact the unit logged with the deputy. */
    public record Contact(long id, long unitId, String unitName, int round, ContactKind kind, LocalDate date,
                          String note, PersonName loggedBy, Instant loggedAt) {
    }

    /** The answer of one round and, once given, the lead deputy's rating. */
    public record Answer(int round, long unitId, String unitName, AnswerCategory category, String text,
                         boolean withoutContact, PersonName answeredBy, Instant answeredAt, Satisfaction satisfaction,
                         String ratingReason, Instant ratedAt) {
    }

    /**
     * A step of the timeline. {@code onBehalfOfUnit} names the unit when the office entered a
     * unit's step for it.
     */
    public record Step(SuggestionAction action, SuggestionState from, SuggestionState to, int round,
                       PersonName actor, Long onBehalfOfUnitId, String onBehalfOfUnit, String comment, Instant at) {
    }

    /** An opinion or finding it grew from, with the app route that shows it ({@code null} for a finding: it is shown in its group). */
    public record Source(SourceKind kind, long id, String link) {
    }
}
