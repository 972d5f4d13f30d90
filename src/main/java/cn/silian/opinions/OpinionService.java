package cn.silian.opinions;

import cn.silian.meetings.MeetingDetails;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.people.DeputyDetails;
import cn.silian.people.DeputyService;
import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.CappedCount;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.Pages;
import cn.silian.shared.PersonName;
import cn.silian.shared.PersonalData;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.ReceptionSource;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import cn.silian.topics.FindingSource;
import cn.silian.topics.GroupWorkService;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Public opinions (社情民意): recording them (directly or from a source record of another
 * module), the street's triage (classify, merge, close on the spot, forward to a unit), a unit's
 * answer to a matter, and the texts a suggestion is drafted from. Every method checks the caller
 * against {@link OpinionAccess}; an opinion he may not see does not exist for him.
 */
@Service
@Transactional(readOnly = true)
public class OpinionService {

    static final String TYPE = "Opinion";
    public static final int CONTENT_MAX = 2000;
    public static final int ANSWER_MAX = 2000;
    public static final int COMMUNITY_MAX = 50;
    public static final int NAME_MAX = 50;
    /** How far the list counts opinions found by text before it says "more than" ({@link #countUpTo}). */
    public static final int TEXT_COUNT_CAP = 1000;
    private static final String RECORDERS = "hasAnyRole('ADMIN','OFFICE','STREET_STAFF','DEPUTY')";
    private static final String STAFF = "hasAnyRole('ADMIN','OFFICE','STREET_STAFF')";
    private static final String READERS = "hasAnyRole('ADMIN','OFFICE','STREET_STAFF','DEPUTY','UNIT')";

    private final OpinionRepository opinions;
    private final OpinionAccess access;
    private final OpinionNames names;
    private final ReceptionService receptions;
    private final MeetingService meetings;
    private final GroupWorkService groupWork;
    private final StreetService streets;
    private final DeputyService deputies;
    private final OpinionUnits units;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final EntityManager em;

    OpinionService(OpinionRepository opinions, OpinionAccess access, OpinionNames names, ReceptionService receptions,
                   MeetingService meetings, GroupWorkService groupWork, StreetService streets, DeputyService deputies,
                   OpinionUnits units, CurrentUser currentUser, ApplicationEventPublisher events,
                   EntityManager em) {
        this.em = em;
        this.opinions = opinions;
        this.access = access;
        this.names = names;
        this.receptions = receptions;
        this.meetings = meetings;
        this.groupWork = groupWork;
        this.streets = streets;
        this.deputies = deputies;
        this.units = units;
        this.currentUser = currentUser;
        this.events = events;
    }

    // Recording

    /**
     * What the "new opinion" form starts with when it is made from a source record: its text,
     * category, street and contact, read through the source module's service (which checks the
     * caller may read it). For {@code DIRECT}, an empty draft on the caller's street.
     */
    @PreAuthorize(RECORDERS)
    public SourcedDraft prefill(OpinionSource source, Long sourceId) {
        SilianUser me = currentUser.require();
        Long heardBy = me.deputyId();
        // A deputy most often hears things where he lives: his street is the first guess.
        Long street = me.streetId() != null ? me.streetId()
                : me.is(Role.DEPUTY) ? deputies.mine().map(DeputyDetails::streetId).orElse(null) : null;
        return switch (source) {
            case DIRECT -> new SourcedDraft(new OpinionDraft(null, null, street, null, heardBy, null, null),
                    null, me.is(Role.STREET_STAFF));
            case RECEPTION -> {
                ReceptionSource r = receptions.source(require(sourceId));
                yield new SourcedDraft(new OpinionDraft(r.concern(), r.category(), r.streetId(), null, heardBy,
                        r.visitorName(), r.visitorPhone()), r.stationName(), true);
            }
            case VISIT -> {
                MeetingDetails m = visit(require(sourceId));
                yield new SourcedDraft(new OpinionDraft(null, null, street, null, heardBy, null, null),
                        m.summary().title(), me.is(Role.STREET_STAFF));
            }
            case FINDING -> {
                FindingSource f = groupWork.findingSource(require(sourceId));
                yield new SourcedDraft(new OpinionDraft(f.body(), null, street, null, heardBy, null, null),
                        f.groupName() + " · " + f.title(), me.is(Role.STREET_STAFF));
            }
            case PUBLIC -> throw new InvalidInputException("source", "opinion.error.source");
        };
    }

    /**
     * Records an opinion, directly or from a source record (the caller must be able to read it).
     * A deputy is always the one who heard what he records; a street's staff record for their
     * own street; an opinion from a reception belongs to the station's street.
     */
    @PreAuthorize(RECORDERS)
    @Transactional
    public long record(OpinionSource source, Long sourceId, OpinionDraft draft) {
        SilianUser me = currentUser.require();
        if (draft == null) {
            throw new InvalidInputException("content", "validation.required");
        }
        Long street = draft.streetId();
        Long station = null;
        String route = null;
        switch (source) {
            case DIRECT -> sourceId = null;
            case RECEPTION -> {
                ReceptionSource r = receptions.source(require(sourceId));
                street = r.streetId();
                station = r.stationId();
                route = "stations/" + r.stationId();
            }
            case VISIT -> {
                visit(require(sourceId));
                route = "meetings/" + sourceId;
            }
            case FINDING -> route = "groups/" + groupWork.findingSource(require(sourceId)).groupId();
            case PUBLIC -> throw new InvalidInputException("source", "opinion.error.source");
        }
        if (me.is(Role.STREET_STAFF) && source != OpinionSource.RECEPTION) {
            street = me.streetId();
        }
        Long heardBy = me.is(Role.DEPUTY) ? me.deputyId() : draft.heardBy();
        OpinionDraft d = new OpinionDraft(draft.content(), draft.category(), street, draft.community(), heardBy,
                draft.contactName(), draft.contactPhone());
        validate(d);
        Opinion o = opinions.saveAndFlush(new Opinion(d, source, sourceId, route, station, me.getUsername()));
        recorded(o, me.getUsername());
        return o.getId();
    }

    /** Publishes the audit line and {@link OpinionRecorded} of a new opinion (also for the public intake). */
    void recorded(Opinion o, String actor) {
        events.publishEvent(new AuditEvent(actor, AuditEvent.Action.CREATE, TYPE, String.valueOf(o.getId()),
                Message.of("audit.opinion.recorded", Message.of(o.source().messageKey()), Message.of(o.category().messageKey())),
                null, o.describe()));
        events.publishEvent(new OpinionRecorded(o.getId(), o.source(), o.streetId(), o.heardBy()));
        events.publishEvent(OpinionActivity.of(o));
    }

    void validate(OpinionDraft d) {
        InputRules.checker()
                .multiline("content", d.content(), true, CONTENT_MAX)
                .check("category", d.category() == null ? "validation.required" : null)
                .check("streetId", d.streetId() == null ? "validation.required"
                        : !streets.exists(d.streetId()) ? "opinion.error.street" : null)
                .text("community", d.community(), false, COMMUNITY_MAX)
                .check("heardBy", d.heardBy() != null && deputies.nameOf(d.heardBy()).isEmpty() ? "opinion.error.deputy" : null)
                .text("contactName", d.contactName(), false, NAME_MAX)
                .check("contactPhone", InputRules.phone(d.contactPhone()))
                .throwIfAny();
    }

    // Reading

    @PreAuthorize(READERS)
    public Slice<OpinionRow> page(OpinionFilter filter, Pageable pageable) {
        // a slice, not a page: the list asks count() itself, so no count query per page fetch
        Pageable sorted = Pages.sorted(pageable, Sort.by(Sort.Direction.DESC, "createdAt"));
        Slice<Opinion> page = Pages.slice(opinions, spec(filter), sorted);
        return names.rows(page);
    }

    @PreAuthorize(READERS)
    public long count(OpinionFilter filter) {
        return opinions.count(spec(filter));
    }

    /**
     * The count of a filter with text: text anywhere in an opinion is in no index, so an exact
     * count tests every opinion (125 ms at province scale, docs/benchmarks/province.md); this one
     * stops after {@code cap + 1} matches and answers {@code cap + 1} for "more than {@code cap}".
     */
    @PreAuthorize(READERS)
    public long countUpTo(OpinionFilter filter, int cap) {
        return CappedCount.upTo(em, Opinion.class, spec(filter), cap);
    }

    @PreAuthorize(READERS)
    public OpinionDetails get(long id) {
        SilianUser me = currentUser.require();
        Opinion o = visible(id, me);
        List<Opinion> merged = opinions.findByMergedIntoOrderByCreatedAtAscIdAsc(o.getId());
        StreetSummary street = streets.find(o.streetId()).orElse(null);
        Set<String> people = new HashSet<>();
        people.add(o.recordedBy());
        people.add(o.unitAnsweredBy());
        Map<String, PersonName> named = names.accounts(people);
        boolean triage = access.mayTriage(me, o);
        OpinionRights rights = new OpinionRights(triage && o.state().open(), access.mayAnswer(me, o),
                triage && o.state() != OpinionState.MERGED);
        return new OpinionDetails(o.getId(), o.content(), o.category(), o.streetId(), street == null ? "" : street.name(),
                o.community(), o.source(), o.sourceId(), o.sourceRoute(), o.stationId(),
                o.heardBy() == null ? null : deputies.nameOf(o.heardBy()).orElse(null), named.get(o.recordedBy()),
                o.contactName(), PersonalData.maskPhone(o.contactPhone()), o.state(), o.mergedInto(), o.resolution(),
                o.forwardedUnitId(), o.forwardedAt(), o.unitAnswer(), o.unitAnsweredAt(), named.get(o.unitAnsweredBy()),
                o.answeredForUnit(), o.suggestionId(), o.publicAnswer(), o.receiptCode() != null, o.createdAt(),
                o.closedAt(), names.rows(merged), o.getVersion(), rights);
    }

    /**
     * The texts and categories of these opinions, for the views that draft a suggestion from them.
     * Every one must be readable by the caller (else {@link NotFoundException}, as if it did not exist).
     */
    @PreAuthorize(RECORDERS)
    public List<SuggestionMaterial> materials(Collection<Long> opinionIds) {
        SilianUser me = currentUser.require();
        return new LinkedHashSet<>(opinionIds).stream().map(id -> visible(id, me))
                .map(o -> new SuggestionMaterial(o.getId(), o.content(), o.category(), o.community())).toList();
    }

    // Triage

    /** Sets the category (and community) of an open opinion; a new one counts as classified from then on. */
    @PreAuthorize(STAFF)
    @Transactional
    public long classify(long id, long version, ReceptionCategory category, String community) {
        Opinion o = triage(id, version);
        InputRules.checker().check("category", category == null ? "validation.required" : null)
                .text("community", community, false, COMMUNITY_MAX).throwIfAny();
        String before = o.describe();
        o.classify(category, community);
        return changed(o, before, Message.of("audit.opinion.classified", o.getId(), Message.of(category.messageKey())));
    }

    /**
     * Merges a duplicate into the opinion kept: it is closed as MERGED and shown under the kept
     * one, and so are the duplicates that had been merged into it. Both must be open and the
     * caller's to triage.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public long merge(long id, long version, long keptId) {
        Opinion o = triage(id, version);
        if (keptId == id) {
            throw new InvalidInputException("keptId", "opinion.error.merge-self");
        }
        Opinion kept = visible(keptId, currentUser.require());
        if (!access.mayTriage(currentUser.require(), kept) || !kept.state().open()) {
            throw new InvalidInputException("keptId", "opinion.error.merge-target");
        }
        String before = o.describe();
        o.mergeInto(kept.getId(), currentUser.username());
        events.publishEvent(OpinionActivity.of(o));
        for (Opinion child : opinions.findByMergedIntoOrderByCreatedAtAscIdAsc(o.getId())) {
            child.mergeInto(kept.getId(), currentUser.username());
        }
        return changed(o, before, Message.of("audit.opinion.merged", o.getId(), kept.getId()));
    }

    /** Closes it as resolved on the spot (就地解决) with what was done, and what a visitor with its receipt reads. */
    @PreAuthorize(STAFF)
    @Transactional
    public long resolveOnSpot(long id, long version, String resolution, String publicAnswer) {
        Opinion o = triage(id, version);
        InputRules.checker().multiline("resolution", resolution, true, ANSWER_MAX)
                .multiline("publicAnswer", publicAnswer, false, ANSWER_MAX).throwIfAny();
        String before = o.describe();
        o.resolveOnSpot(resolution, publicAnswer, currentUser.username());
        return changed(o, before, Message.of("audit.opinion.resolved", o.getId()));
    }

    /** Forwards it to a handling unit as a plain matter; that unit's accounts are told. */
    @PreAuthorize(STAFF)
    @Transactional
    public long forward(long id, long version, long unitId) {
        Opinion o = triage(id, version);
        String unitName = units.activeName(unitId)
                .orElseThrow(() -> new InvalidInputException("unitId", "opinion.error.unit"));
        String before = o.describe();
        o.forward(unitId, currentUser.username());
        long v = changed(o, before, Message.of("audit.opinion.forwarded", o.getId(), unitName));
        units.tellUnit(unitId, o.getId());
        return v;
    }

    /**
     * Answers a matter forwarded to a unit: an account of that unit, or the office on the unit's
     * behalf (the record says so). {@code publicAnswer} is what a visitor with its receipt reads.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICE','UNIT')")
    @Transactional
    public long answerMatter(long id, long version, String answer, String publicAnswer) {
        SilianUser me = currentUser.require();
        Opinion o = visible(id, me);
        if (!access.mayAnswer(me, o)) {
            throw o.state() == OpinionState.FORWARDED ? new AccessDeniedException("not this unit's matter")
                    : new InvalidInputException(null, "opinion.error.not-forwarded");
        }
        o.checkVersion(version);
        InputRules.checker().multiline("answer", answer, true, ANSWER_MAX)
                .multiline("publicAnswer", publicAnswer, false, ANSWER_MAX).throwIfAny();
        String before = o.describe();
        boolean onBehalf = !me.is(Role.UNIT);
        o.answerForUnit(answer, publicAnswer, me.getUsername(), onBehalf);
        String unitName = units.name(o.forwardedUnitId());
        return changed(o, before, onBehalf ? Message.of("audit.opinion.answered-for-unit", o.getId(), unitName)
                : Message.of("audit.opinion.answered", o.getId(), unitName));
    }

    /** Corrects the answer a visitor reads with his receipt code: the street's staff and the office. */
    @PreAuthorize(STAFF)
    @Transactional
    public long setPublicAnswer(long id, long version, String publicAnswer) {
        SilianUser me = currentUser.require();
        Opinion o = visible(id, me);
        if (!access.mayTriage(me, o)) {
            throw new AccessDeniedException("another street's opinion");
        }
        if (o.state() == OpinionState.MERGED) {
            throw new InvalidInputException("publicAnswer", "opinion.error.merged");
        }
        o.checkVersion(version);
        InputRules.checker().multiline("publicAnswer", publicAnswer, false, ANSWER_MAX).throwIfAny();
        String before = o.describe();
        o.setPublicAnswer(publicAnswer);
        return changed(o, before, Message.of("audit.opinion.public-answer", o.getId()));
    }

    // Suggestions

    /**
     * Closes these opinions as taken into a suggestion, inside the drafting transaction: each must
     * be readable by the drafter and open (else the draft is rolled back).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void takeIntoSuggestion(long suggestionId, Collection<Long> opinionIds) {
        SilianUser me = currentUser.require();
        for (Long id : new LinkedHashSet<>(opinionIds)) {
            Opinion o = visible(id, me);
            if (!o.state().open()) {
                throw new InvalidInputException("opinionIds", "opinion.error.closed");
            }
            String before = o.describe();
            o.takeIntoSuggestion(suggestionId, me.getUsername());
            changed(o, before, Message.of("audit.opinion.in-suggestion", o.getId(), suggestionId));
        }
    }

    /** Writes the suggestion's published answer as the public answer of the opinions it grew from. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void publishSuggestionAnswer(long suggestionId, String answer) {
        opinions.findAll((root, q, cb) -> cb.equal(root.get("suggestionId"), suggestionId))
                .forEach(o -> o.setPublicAnswer(answer == null ? null
                        : answer.length() > ANSWER_MAX ? answer.substring(0, ANSWER_MAX) : answer));
    }

    // Helpers

    private Specification<Opinion> spec(OpinionFilter f) {
        SilianUser me = currentUser.require();
        Specification<Opinion> spec = access.visibleTo(me);
        OpinionFilter filter = f == null ? OpinionFilter.none() : f;
        if (filter.state() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("state"), filter.state()));
        }
        if (filter.category() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("category"), filter.category()));
        }
        if (filter.streetId() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("streetId"), filter.streetId()));
        }
        if (filter.source() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("source"), filter.source()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = Pages.contains(filter.text());
            spec = spec.and((r, q, cb) -> cb.or(cb.like(cb.lower(r.get("content")), like, '\\'),
                    cb.like(cb.lower(r.get("community")), like, '\\')));
        }
        if (filter.from() != null) {
            java.time.Instant from = filter.from().atStartOfDay(cn.silian.shared.Formats.ZONE).toInstant();
            spec = spec.and((r, q, cb) -> cb.greaterThanOrEqualTo(r.get("createdAt"), from));
        }
        if (filter.to() != null) {
            java.time.Instant to = filter.to().plusDays(1).atStartOfDay(cn.silian.shared.Formats.ZONE).toInstant();
            spec = spec.and((r, q, cb) -> cb.lessThan(r.get("createdAt"), to));
        }
        return spec;
    }

    /** The opinion if the caller may see it; otherwise it does not exist for him. */
    Opinion visible(long id, SilianUser me) {
        Specification<Opinion> byId = (r, q, cb) -> cb.equal(r.get("id"), id);
        return opinions.findOne(access.visibleTo(me).and(byId)).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private Opinion triage(long id, long version) {
        SilianUser me = currentUser.require();
        Opinion o = visible(id, me);
        if (!access.mayTriage(me, o)) {
            throw new AccessDeniedException("another street's opinion");
        }
        o.checkVersion(version);
        if (!o.state().open()) {
            throw new InvalidInputException(null, "opinion.error.closed");
        }
        return o;
    }

    private long changed(Opinion o, String before, Message summary) {
        opinions.saveAndFlush(o);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, TYPE,
                String.valueOf(o.getId()), summary, before, o.describe()));
        return o.getVersion();
    }

    /** A research visit the caller may see and took part in (organised or was invited to). */
    private MeetingDetails visit(long meetingId) {
        MeetingDetails m = meetings.get(meetingId);
        if (m.summary().kind() != MeetingKind.VISIT || !(m.rights().manage() || m.rights().invited())) {
            throw new NotFoundException("Meeting", meetingId);
        }
        return m;
    }

    private static long require(Long sourceId) {
        if (sourceId == null) {
            throw new InvalidInputException("source", "opinion.error.source");
        }
        return sourceId;
    }
}
