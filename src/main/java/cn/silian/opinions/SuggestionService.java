package cn.silian.opinions;

import cn.silian.notifications.Notice;
import cn.silian.notifications.NotificationService;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputySummary;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
import cn.silian.security.AccountService;
import cn.silian.stations.RosterService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.DeputyNotice;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.Pages;
import cn.silian.shared.PersonName;
import cn.silian.shared.WorkCalendar;
import cn.silian.opinions.SuggestionWorkflow.Facts;
import cn.silian.opinions.SuggestionWorkflow.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.silian.opinions.SuggestionAction.*;

/**
 * Deputies' suggestions from draft to closing. Every method checks the caller's relation to the
 * suggestion ({@link Party}) and asks {@link SuggestionWorkflow} whether the step is allowed; a
 * suggestion the caller may not see is reported as not existing. Steps that change a suggestion
 * take the version the caller read ({@code ConcurrentEditException} when it changed meanwhile),
 * except a co-signer's own answer and the append-only contact log and co-unit opinion; each
 * records a timeline step and an audit entry, notifies the next party, and returns the
 * suggestion as the caller now sees it. The office may take a unit's steps on its behalf; the
 * timeline says so. A step the rules refuse is an {@link InvalidInputException} with the
 * reason, and changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class SuggestionService {

    static final String TYPE = "Suggestion";
    public static final int COMMENT_MAX = 2000;
    public static final int REASON_MAX = 1000;
    public static final int CO_OPINION_MAX = 4000;
    public static final int KEY_LEADER_MAX = 50;
    public static final int KEY_FOLLOWERS_MAX = 200;
    private static final String KIND = "suggestion";
    private static final String UNIT_ROLES = "hasAnyRole('UNIT','OFFICE','ADMIN')";
    private static final String DEPUTY_ONLY = "hasRole('DEPUTY')";
    private static final Set<SuggestionAction> UNIT_ACTIONS = EnumSet.of(REQUEST_REASSIGN, SIGN, LOG_CONTACT,
            CO_UNIT_OPINION, REQUEST_EXTENSION, ANSWER);

    private final SuggestionRepository suggestions;
    private final SuggestionSignerRepository signers;
    private final SuggestionStepRepository steps;
    private final SuggestionAssignmentRepository assignments;
    private final SuggestionContactRepository contacts;
    private final SuggestionAnswerRepository answers;
    private final HandlingUnitService units;
    private final DeputyService deputies;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final WorkCalendar calendar;
    private final OpinionsSettings settings;
    private final RosterService roster;

    private final SuggestionActivity activity;

    SuggestionService(SuggestionRepository suggestions, SuggestionSignerRepository signers, SuggestionStepRepository steps,
                      SuggestionAssignmentRepository assignments, SuggestionContactRepository contacts,
                      SuggestionAnswerRepository answers, HandlingUnitService units, DeputyService deputies,
                      AccountService accounts, NotificationService notifications, CurrentUser currentUser,
                      ApplicationEventPublisher events, WorkCalendar calendar, OpinionsSettings settings,
                      RosterService roster, SuggestionActivity activity) {
        this.roster = roster;
        this.activity = activity;
        this.suggestions = suggestions;
        this.signers = signers;
        this.steps = steps;
        this.assignments = assignments;
        this.contacts = contacts;
        this.answers = answers;
        this.units = units;
        this.deputies = deputies;
        this.accounts = accounts;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The deadlines in force. */
    public OpinionsSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- reading

    /** The suggestions the caller sees, narrowed by {@code filter}, sorted by {@code pageable} (latest change first when unsorted). */
    @PreAuthorize(Roles.SIGNED_IN)
    public Slice<SuggestionSummary> page(SuggestionFilter filter, Pageable pageable) {
        SilianUser me = currentUser.require();
        Pageable sorted = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        // a slice, not a page: the list asks count() itself, so no count query per page fetch
        Slice<Suggestion> slice = Pages.slice(suggestions, listSpec(me, filter), sorted);
        return new SliceImpl<>(summaries(slice.getContent()), slice.getPageable(), slice.hasNext());
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public long count(SuggestionFilter filter) {
        return suggestions.count(listSpec(currentUser.require(), filter));
    }

    /** One suggestion as the caller sees it; {@code NotFoundException} when he may not see it. */
    @PreAuthorize(Roles.SIGNED_IN)
    public SuggestionDetails get(long id) {
        return details(load(id));
    }

    /** Of these ids, those the caller may see: for search results and similar suggestions. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Set<Long> visibleIds(Collection<Long> ids) {
        List<Long> wanted = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Set.of();
        }
        Specification<Suggestion> visible = SuggestionSpecifications.visibleTo(currentUser.require());
        Set<Long> result = new LinkedHashSet<>();
        for (int from = 0; from < wanted.size(); from += 1000) {
            List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + 1000));
            suggestions.findAll(visible.and(SuggestionSpecifications.idIn(chunk))).forEach(s -> result.add(s.getId()));
        }
        return result;
    }

    /** What the caller may do with the suggestion's documents; {@link SuggestionRights#NONE} when he may not see it. */
    @PreAuthorize(Roles.SIGNED_IN)
    public SuggestionRights rightsOf(long suggestionId) {
        Optional<Suggestion> found = suggestions.findById(suggestionId);
        if (found.isEmpty()) {
            return SuggestionRights.NONE;
        }
        Ctx c = context(found.get(), currentUser.require());
        if (!isVisible(c)) {
            return SuggestionRights.NONE;
        }
        SuggestionState state = c.s.state();
        boolean write = c.parties.contains(Party.LEAD) && (state == SuggestionState.DRAFT || state == SuggestionState.RETURNED)
                || c.me.is(Role.UNIT) && c.parties.contains(Party.LEAD_UNIT) && state.isInHandling()
                || c.me.isOfficeOrAdmin() && !state.isFinal();
        return new SuggestionRights(true, write);
    }

    /** Whether a unit logged a contact with the deputy in the current round. */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean hasContact(long id) {
        Ctx c = load(id);
        return contacts.existsBySuggestionIdAndRound(id, c.s.round());
    }

    /** The signed-in deputy's suggestions waiting for him: to co-sign, to revise, to rate; newest first. */
    @PreAuthorize(DEPUTY_ONLY)
    public List<WaitingItem> waitingForDeputy() {
        SilianUser me = currentUser.require();
        if (me.deputyId() == null) {
            return List.of();
        }
        List<WaitingItem> result = new ArrayList<>();
        // the invitations with their suggestions in one query
        for (Object[] row : signers.pendingWithSuggestionOf(me.deputyId())) {
            SuggestionSigner g = (SuggestionSigner) row[0];
            Suggestion s = (Suggestion) row[1];
            if (SuggestionWorkflow.beforeAcceptance(s.state())) {
                result.add(new WaitingItem(s.getId(), s.code(), s.title(), s.state(), WaitingReason.CO_SIGN, g.invitedAt()));
            }
        }
        for (Suggestion s : suggestions.ofLeadIn(me.deputyId(), List.of(SuggestionState.RETURNED, SuggestionState.ANSWERED))) {
            result.add(new WaitingItem(s.getId(), s.code(), s.title(), s.state(),
                    s.state() == SuggestionState.RETURNED ? WaitingReason.REVISE : WaitingReason.RATE, s.updatedAt()));
        }
        result.sort(Comparator.comparing(WaitingItem::since).reversed());
        return result;
    }

    /** The signed-in unit's open assignments (lead and co) with their clocks, earliest due first. */
    @PreAuthorize("hasRole('UNIT')")
    public Slice<AssignmentClock> openAssignmentsOfMyUnit(Pageable pageable) {
        SilianUser me = currentUser.require();
        if (me.unitId() == null) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        Slice<SuggestionAssignment> slice = assignments.openOfUnit(me.unitId(), SuggestionSpecifications.IN_HANDLING,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        Map<Long, Suggestion> byId = new HashMap<>();
        suggestions.findAllById(slice.getContent().stream().map(SuggestionAssignment::suggestionId).toList())
                .forEach(s -> byId.put(s.getId(), s));
        LocalDate today = OpinionsClock.today();
        List<AssignmentClock> rows = slice.getContent().stream().map(a -> {
            Suggestion s = byId.get(a.suggestionId());
            // A co-unit that has sent its opinion has nothing left to do: the query leaves it out.
            return new AssignmentClock(s.getId(), s.code(), s.title(), s.state(), s.round(), a.lead(), a.signedAt() != null,
                    a.assignedOn(), a.dueDate(), ChronoUnit.DAYS.between(today, a.dueDate()),
                    a.dueDate().isBefore(today), isSoon(a.dueDate(), today), s.key());
        }).toList();
        return new SliceImpl<>(rows, slice.getPageable(), slice.hasNext());
    }

    /** Overdue and due-soon suggestions in handling among those the caller sees (the office: all). */
    @PreAuthorize(Roles.SIGNED_IN)
    public DeadlineCounts deadlineCounts() {
        Specification<Suggestion> visible = SuggestionSpecifications.visibleTo(currentUser.require());
        LocalDate today = OpinionsClock.today();
        return new DeadlineCounts(suggestions.count(visible.and(SuggestionSpecifications.overdue(today))),
                suggestions.count(visible.and(SuggestionSpecifications.dueSoon(today, today.plus(settings.dueSoon())))));
    }

    /**
     * The key suggestions (重点督办) of a year the caller sees, by number, with their progress,
     * for the office's overview: a fixed few
     * queries for all of them (the rows, their names, contact counts, timelines and answers),
     * not one suggestion's details per row.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<KeyProgress> keyProgress(int year) {
        SuggestionFilter filter = SuggestionFilter.all().withYear(year).onlyKey();
        List<Suggestion> rows = suggestions.findAll(listSpec(currentUser.require(), filter), Sort.by("number", "id"));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Suggestion::getId).toList();
        Map<Long, Long> contactCounts = new HashMap<>();
        contacts.counts(ids).forEach(r -> contactCounts.put((Long) r[0], (Long) r[1]));
        Map<Long, Object[]> lastSteps = new HashMap<>();
        // in timeline order, so the last one put is the latest
        steps.timelinesOf(ids).forEach(r -> lastSteps.put((Long) r[0], r));
        Map<Long, SuggestionAnswer> lastAnswers = lastAnswersOf(ids);
        List<SuggestionSummary> summaries = summaries(rows);
        List<KeyProgress> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Suggestion s = rows.get(i);
            Object[] step = lastSteps.get(s.getId());
            SuggestionAnswer answer = lastAnswers.get(s.getId());
            result.add(new KeyProgress(summaries.get(i), s.keyLeader(), s.keyFollowers(),
                    contactCounts.getOrDefault(s.getId(), 0L).intValue(),
                    step == null ? null : (SuggestionAction) step[1], step == null ? null : (Instant) step[2],
                    answer == null ? null : answer.category(), answer == null ? null : answer.satisfaction()));
        }
        return result;
    }

    /**
     * A chunk of the register's lines: the suggestions the caller sees, narrowed by
     * {@code filter}, with their co-signers, units and last answers read for the whole chunk at
     * once (a fixed few queries per chunk, whatever its size).
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public Slice<RegisterEntry> registerEntries(SuggestionFilter filter, Pageable pageable) {
        Slice<Suggestion> slice = Pages.slice(suggestions, listSpec(currentUser.require(), filter), pageable);
        List<Suggestion> rows = slice.getContent();
        if (rows.isEmpty()) {
            return new SliceImpl<>(List.of(), slice.getPageable(), slice.hasNext());
        }
        List<Long> ids = rows.stream().map(Suggestion::getId).toList();
        Map<Long, List<SuggestionSigner>> signersOf = signers.findBySuggestionIdInOrderBySuggestionIdAscInvitedAtAsc(ids)
                .stream().collect(Collectors.groupingBy(SuggestionSigner::suggestionId));
        Map<Long, List<SuggestionAssignment>> assignmentsOf = assignments.findBySuggestionIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(SuggestionAssignment::suggestionId));
        Map<Long, SuggestionAnswer> lastAnswers = lastAnswersOf(ids);
        Set<Long> people = new HashSet<>();
        rows.forEach(s -> people.add(s.leadDeputyId()));
        signersOf.values().forEach(l -> l.forEach(g -> people.add(g.deputyId())));
        Map<Long, String> names = deputies.namesOf(people);
        Map<Long, String> unitNames = units.names(assignmentsOf.values().stream().flatMap(List::stream)
                .map(SuggestionAssignment::unitId).collect(Collectors.toSet()));
        List<RegisterEntry> entries = rows.stream().map(s -> {
            List<String> cosigners = signersOf.getOrDefault(s.getId(), List.of()).stream()
                    .filter(g -> g.status() == CosignStatus.CONFIRMED).map(g -> names.get(g.deputyId())).toList();
            List<SuggestionAssignment> active = assignmentsOf.getOrDefault(s.getId(), List.of()).stream()
                    .filter(SuggestionAssignment::active).toList();
            String leadUnit = active.stream().filter(SuggestionAssignment::lead).findFirst()
                    .map(a -> unitNames.get(a.unitId())).orElse(null);
            List<String> coUnits = active.stream().filter(a -> !a.lead()).map(a -> unitNames.get(a.unitId())).toList();
            SuggestionAnswer answer = lastAnswers.get(s.getId());
            return new RegisterEntry(s.code(), s.title(), names.get(s.leadDeputyId()), s.leadLevel(), cosigners, s.category(),
                    s.state(), leadUnit, coUnits, s.dueDate(), answer == null ? null : answer.answeredAt(),
                    answer == null ? null : answer.category(), answer == null ? null : answer.satisfaction(), s.key(),
                    s.published());
        }).toList();
        return new SliceImpl<>(entries, slice.getPageable(), slice.hasNext());
    }

    /** Each of these suggestions' latest answer (the highest round), in one query. */
    private Map<Long, SuggestionAnswer> lastAnswersOf(Collection<Long> ids) {
        Map<Long, SuggestionAnswer> last = new HashMap<>();
        // in round order, so the last one put is the latest
        answers.findBySuggestionIdInOrderBySuggestionIdAscRoundAsc(ids).forEach(a -> last.put(a.suggestionId(), a));
        return last;
    }

    // ---------------------------------------------------------------- the lead deputy and co-signers

    /** A deputy drafts a suggestion as its lead; publishes {@link SuggestionDrafted}. Returns its id. */
    @PreAuthorize(DEPUTY_ONLY)
    @Transactional
    public long draft(SuggestionDraft draft) {
        SilianUser me = currentUser.require();
        if (me.deputyId() == null) {
            throw new InvalidInputException(null, "suggestion.error.not-a-deputy");
        }
        validate(draft);
        DeputySummary lead = deputies.summaries(List.of(me.deputyId())).get(me.deputyId());
        Suggestion s = new Suggestion(OpinionsClock.today().getYear(), me.deputyId(), lead == null ? null : highest(lead),
                me.getUsername());
        s.apply(draft);
        draft.opinionIds().stream().filter(Objects::nonNull).distinct().forEach(o -> s.addSource(SourceKind.OPINION, o));
        draft.findingIds().stream().filter(Objects::nonNull).distinct().forEach(f -> s.addSource(SourceKind.FINDING, f));
        Set<Long> streets = new HashSet<>(roster.currentStreetsOf(List.of(me.deputyId())));
        if (lead != null && lead.streetId() != null) {
            streets.add(lead.streetId());
        }
        s.followedBy(streets);
        suggestions.saveAndFlush(s);
        steps.save(new SuggestionStep(s.getId(), 1, EDIT, null, SuggestionState.DRAFT, me.getUsername(), me.role(), null, null));
        audit(AuditEvent.Action.CREATE, s, "audit.suggestion.drafted", null, "title=" + s.title() + ", " + s.describe());
        events.publishEvent(new SuggestionDrafted(s.getId(), draft.opinionIds(), draft.findingIds()));
        return s.getId();
    }

    @PreAuthorize(DEPUTY_ONLY)
    @Transactional
    public SuggestionDetails update(long id, long version, SuggestionDraft draft) {
        Ctx c = require(id, version, EDIT);
        validate(draft);
        String before = "title=" + c.s.title() + ", category=" + c.s.category();
        c.s.apply(draft);
        record(c, EDIT, c.s.state(), null);
        audit(AuditEvent.Action.UPDATE, c.s, "audit.suggestion.changed", before, "title=" + c.s.title() + ", category=" + c.s.category());
        return after(c);
    }

    /** Invites deputies of any level to co-sign; those invited already are left as they are, declined ones are asked again. */
    @PreAuthorize(DEPUTY_ONLY)
    @Transactional
    public SuggestionDetails inviteCosigners(long id, long version, Collection<Long> deputyIds) {
        Ctx c = require(id, version, INVITE_COSIGNER);
        List<Long> wanted = deputyIds == null ? List.of() : deputyIds.stream().filter(Objects::nonNull).distinct().toList();
        InputRules.Checker checker = InputRules.checker()
                .check("cosigners", wanted.isEmpty() ? "validation.required" : null)
                .check("cosigners", wanted.contains(c.s.leadDeputyId()) ? "suggestion.error.cosigner-is-lead" : null);
        Map<Long, DeputySummary> found = wanted.isEmpty() ? Map.of() : deputies.summaries(wanted);
        checker.check("cosigners", found.keySet().containsAll(wanted) ? null : "suggestion.error.unknown-deputy").throwIfAny();
        List<Long> invited = new ArrayList<>();
        for (Long deputyId : wanted) {
            Optional<SuggestionSigner> existing = c.signers.stream().filter(g -> g.deputyId() == deputyId).findFirst();
            if (existing.isEmpty()) {
                DeputySummary d = found.get(deputyId);
                signers.save(new SuggestionSigner(id, deputyId, highest(d), d.streetId()));
                invited.add(deputyId);
            } else if (existing.get().status() == CosignStatus.DECLINED) {
                existing.get().reinvite();
                invited.add(deputyId);
            }
        }
        if (!invited.isEmpty()) {
            c.s.touch();
            String names = invited.stream().map(d -> found.get(d).name()).collect(Collectors.joining(", "));
            record(c, INVITE_COSIGNER, c.s.state(), names);
            audit(AuditEvent.Action.UPDATE, c.s, "audit.suggestion.cosigners-invited", null, "invited=" + invited);
            notifyDeputies(invited, "notice.suggestion.cosign-invited", c.s, leadName(c.s), c.s.title());
        }
        return after(c);
    }

    /**
     * The lead takes back his invitation to these deputies, confirmed or not, while he may still
     * invite (a draft or one returned for revision): they no longer see or sign it.
     */
    @PreAuthorize(DEPUTY_ONLY)
    @Transactional
    public SuggestionDetails withdrawInvitations(long id, long version, Collection<Long> deputyIds) {
        Ctx c = require(id, version, INVITE_COSIGNER);
        Set<Long> unwanted = deputyIds == null ? Set.of() : deputyIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        List<SuggestionSigner> gone = c.signers.stream()
                .filter(g -> unwanted.contains(g.deputyId()) && g.status() != CosignStatus.DECLINED).toList();
        if (gone.isEmpty()) {
            return after(c);
        }
        signers.deleteAll(gone);
        signers.flush();
        c.s.touch();
        Map<Long, DeputySummary> found = deputies.summaries(gone.stream().map(SuggestionSigner::deputyId).toList());
        String names = gone.stream().map(g -> found.containsKey(g.deputyId()) ? found.get(g.deputyId()).name() : String.valueOf(g.deputyId()))
                .collect(Collectors.joining(", "));
        refollow(c.s);
        record(c, INVITE_COSIGNER, c.s.state(), names);
        audit(AuditEvent.Action.UPDATE, c.s, "audit.suggestion.cosigners-withdrawn", null,
                "withdrawn=" + gone.stream().map(SuggestionSigner::deputyId).toList());
        return after(c);
    }

    /** The signed-in deputy confirms his invitation; no version: it is his own answer. */
    @PreAuthorize(DEPUTY_ONLY)
    @Transactional
    public SuggestionDetails confirmCosign(long id) {
        return answerInvitation(id, CONFIRM_COSIGN, CosignStatus.CONFIRMED);
    }

    /** The signed-in deputy declines (or takes back) his co-signature, before the office accepts it. */
    @PreAuthorize(DEPUTY_ONLY)
    @Transactional
    public SuggestionDetails declineCosign(long id) {
        return answerInvitation(id, DECLINE_COSIGN, CosignStatus.DECLINED);
    }

    private SuggestionDetails answerInvitation(long id, SuggestionAction action, CosignStatus answer) {
        Ctx c = require(id, null, action);
        SuggestionSigner mine = c.signers.stream().filter(g -> Objects.equals(g.deputyId(), c.me.deputyId())).findFirst()
                .orElseThrow(() -> new NotFoundException(TYPE, id));
        mine.answer(answer);
        signers.flush();
        refollow(c.s);
        c.s.touch();
        record(c, action, c.s.state(), null);
        audit(AuditEvent.Action.UPDATE, c.s, answer == CosignStatus.CONFIRMED ? "audit.suggestion.cosign-confirmed"
                : "audit.suggestion.cosign-declined", null, "cosigner=" + mine.deputyId() + ", status=" + answer);
        String name = deputies.nameOf(mine.deputyId()).orElse("");
        notifyDeputies(List.of(c.s.leadDeputyId()), answer == CosignStatus.CONFIRMED ? "notice.suggestion.cosign-confirmed"
                : "notice.suggestion.cosign-declined", c.s, name, c.s.title());
        return after(c);
    }

    /** Submits (or resubmits after a return) for the office's pre-review. */
    @PreAuthorize(DEPUTY_ONLY)
    @Transactional
    public SuggestionDetails submit(long id, long version, String comment) {
        Ctx c = require(id, version, SUBMIT);
        checkComment(comment, false);
        boolean again = c.s.state() == SuggestionState.RETURNED;
        move(c, SUBMIT, Outcome.PLAIN, comment, "audit.suggestion.submitted");
        notifyOffice(c.me, "notice.suggestion.submitted", c.s, c.s.title(), leadName(c.s));
        events.publishEvent(new SuggestionSubmitted(id, c.s.leadDeputyId(), again));
        return after(c);
    }

    @PreAuthorize(DEPUTY_ONLY)
    @Transactional
    public SuggestionDetails withdraw(long id, long version, String comment) {
        Ctx c = require(id, version, WITHDRAW);
        checkComment(comment, false);
        boolean submitted = c.s.state() == SuggestionState.SUBMITTED;
        move(c, WITHDRAW, Outcome.PLAIN, comment, "audit.suggestion.withdrawn");
        if (submitted) {
            notifyOffice(c.me, "notice.suggestion.withdrawn", c.s, c.s.title());
        }
        return after(c);
    }

    // ---------------------------------------------------------------- the office

    /** Returns it for revision with a comment (required). */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails returnForRevision(long id, long version, String comment) {
        Ctx c = require(id, version, RETURN);
        checkComment(comment, true);
        move(c, RETURN, Outcome.PLAIN, comment, "audit.suggestion.returned");
        notifyDeputies(List.of(c.s.leadDeputyId()), "notice.suggestion.returned", c.s, c.s.title(), comment.strip());
        return after(c);
    }

    /** Accepts it: it gets the next number of its year. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails accept(long id, long version, String comment) {
        Ctx c = require(id, version, ACCEPT);
        checkComment(comment, false);
        Integer max = suggestions.maxNumber(c.s.year());
        c.s.accept(max == null ? 1 : max + 1);
        move(c, ACCEPT, Outcome.PLAIN, comment, "audit.suggestion.accepted");
        notifyDeputies(List.of(c.s.leadDeputyId()), "notice.suggestion.accepted", c.s, c.s.title(), c.s.code());
        events.publishEvent(new SuggestionAccepted(id, c.s.year(), c.s.number()));
        return after(c);
    }

    /** Not filed (e.g. turned into a letter), with the reason (required). */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails notFile(long id, long version, String reason) {
        Ctx c = require(id, version, NOT_FILE);
        InputRules.checker().multiline("reason", reason, true, REASON_MAX).throwIfAny();
        c.s.notFiled(reason.strip());
        move(c, NOT_FILE, Outcome.PLAIN, reason, "audit.suggestion.not-filed");
        notifyDeputies(List.of(c.s.leadDeputyId()), "notice.suggestion.not-filed", c.s, c.s.title(), reason.strip());
        return after(c);
    }

    /**
     * Assigns it to a lead unit and co-units; due = assignment date + answer period, a co-unit's
     * opinion due = assignment date + co-unit period. The other accepted suggestions joined with
     * it for handling are assigned alike, each with its own assignment and answer.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails assign(long id, long version, AssignmentDraft draft) {
        Ctx c = require(id, version, ASSIGN);
        LocalDate today = OpinionsClock.today();
        LocalDate on = draft.assignedOn() == null ? today : draft.assignedOn();
        List<Long> coUnits = draft.coUnitIds().stream().filter(Objects::nonNull).distinct().toList();
        InputRules.Checker checker = InputRules.checker()
                .check("leadUnitId", draft.leadUnitId() == null ? "validation.required"
                        : !units.isActive(draft.leadUnitId()) ? "suggestion.error.unit-inactive" : null)
                .check("coUnitIds", coUnits.contains(draft.leadUnitId()) ? "suggestion.error.co-unit-is-lead" : null)
                .check("coUnitIds", coUnits.stream().allMatch(units::isActive) ? null : "suggestion.error.unit-inactive")
                .check("assignedOn", on.isAfter(today) ? "suggestion.error.assigned-in-future" : null);
        LocalDate due = on.plus(settings.answerPeriod());
        LocalDate coDue = on.plus(settings.coUnitPeriod());
        checker.check("assignedOn", due.isBefore(today) ? "suggestion.error.due-in-past" : null, due)
                .check("assignedOn", !coUnits.isEmpty() && coDue.isBefore(today) ? "suggestion.error.due-in-past" : null, coDue)
                .multiline("comment", draft.comment(), false, COMMENT_MAX)
                .throwIfAny();
        assignOne(c, draft.leadUnitId(), coUnits, on, due, coDue, draft.comment());
        if (c.s.handlingGroupId() != null) {
            for (Suggestion other : suggestions.findByHandlingGroupId(c.s.handlingGroupId())) {
                if (other.getId() != id && other.state() == SuggestionState.ACCEPTED) {
                    assignOne(context(other, c.me), draft.leadUnitId(), coUnits, on, due, coDue, draft.comment());
                }
            }
        }
        return after(c);
    }

    private void assignOne(Ctx c, long leadUnitId, List<Long> coUnits, LocalDate on, LocalDate due, LocalDate coDue,
                           String comment) {
        assignments.save(new SuggestionAssignment(c.s.getId(), leadUnitId, true, on, due));
        coUnits.forEach(u -> assignments.save(new SuggestionAssignment(c.s.getId(), u, false, on, coDue)));
        c.s.assignLead(leadUnitId, on, due);
        move(c, ASSIGN, Outcome.PLAIN, comment, "audit.suggestion.assigned");
        String code = c.s.code();
        notifyUnit(c.me, leadUnitId, "notice.suggestion.assigned", c.s, code, c.s.title(), due.toString());
        coUnits.forEach(u -> notifyUnit(c.me, u, "notice.suggestion.assigned", c.s, code, c.s.title(), coDue.toString()));
        notifyDeputies(List.of(c.s.leadDeputyId()), "notice.suggestion.assigned-deputy", c.s, code,
                units.names(List.of(leadUnitId)).get(leadUnitId), due.toString());
        events.publishEvent(new SuggestionAssigned(c.s.getId(), leadUnitId, coUnits, due));
    }

    /**
     * Approves (a new lead unit, assigned today with a new due date; it signs for it afresh) or
     * refuses the lead unit's re-assignment request.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails decideReassignment(long id, long version, boolean approve, Long newLeadUnitId, String comment) {
        Ctx c = require(id, version, DECIDE_REASSIGN);
        SuggestionAssignment lead = c.lead().orElseThrow();
        InputRules.Checker checker = InputRules.checker().multiline("comment", comment, false, COMMENT_MAX);
        if (approve) {
            checker.check("newLeadUnitId", newLeadUnitId == null ? "validation.required"
                    : newLeadUnitId == lead.unitId() ? "suggestion.error.same-lead-unit"
                    : !units.isActive(newLeadUnitId) ? "suggestion.error.unit-inactive" : null);
        }
        checker.throwIfAny();
        if (!approve) {
            lead.clearReassign();
            c.s.touch();
            move(c, DECIDE_REASSIGN, Outcome.REFUSED, comment, "audit.suggestion.reassign-decided");
            notifyUnit(c.me, lead.unitId(), "notice.suggestion.reassign-refused", c.s, c.s.code(), Objects.toString(comment, ""));
            return after(c);
        }
        LocalDate today = OpinionsClock.today();
        LocalDate due = today.plus(settings.answerPeriod());
        lead.deactivate();
        c.assignments.stream().filter(a -> a.active() && !a.lead() && a.unitId() == newLeadUnitId)
                .forEach(SuggestionAssignment::deactivate);
        assignments.save(new SuggestionAssignment(id, newLeadUnitId, true, today, due));
        c.s.assignLead(newLeadUnitId, today, due);
        move(c, DECIDE_REASSIGN, Outcome.APPROVED, comment, "audit.suggestion.reassign-decided");
        notifyUnit(c.me, lead.unitId(), "notice.suggestion.reassigned", c.s, c.s.code());
        notifyUnit(c.me, newLeadUnitId, "notice.suggestion.assigned", c.s, c.s.code(), c.s.title(), due.toString());
        events.publishEvent(new SuggestionAssigned(id, newLeadUnitId,
                c.assignments.stream().filter(a -> a.active() && !a.lead()).map(SuggestionAssignment::unitId).toList(), due));
        return after(c);
    }

    /** Approves (the asked date becomes the due date, within the cap) or refuses the lead unit's extension request. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails decideExtension(long id, long version, boolean approve, String comment) {
        Ctx c = require(id, version, DECIDE_EXTENSION);
        SuggestionAssignment lead = c.lead().orElseThrow();
        InputRules.Checker checker = InputRules.checker().multiline("comment", comment, false, COMMENT_MAX);
        LocalDate asked = lead.extensionDue();
        if (approve) {
            checkNewDue(checker, "newDueDate", lead, asked);
        }
        checker.throwIfAny();
        lead.clearExtension();
        if (approve) {
            lead.dueOn(asked);
            c.s.dueOn(asked);
        }
        c.s.touch();
        move(c, DECIDE_EXTENSION, approve ? Outcome.APPROVED : Outcome.REFUSED, comment, "audit.suggestion.extension-decided");
        if (approve) {
            notifyUnit(c.me, lead.unitId(), "notice.suggestion.extension-approved", c.s, c.s.code(), asked.toString());
        } else {
            notifyUnit(c.me, lead.unitId(), "notice.suggestion.extension-refused", c.s, c.s.code(), Objects.toString(comment, ""));
        }
        return after(c);
    }

    /** Closes an answered suggestion without a rating (the deputy does not rate it). */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails close(long id, long version, String comment) {
        Ctx c = require(id, version, CLOSE);
        checkComment(comment, false);
        move(c, CLOSE, Outcome.PLAIN, comment, "audit.suggestion.closed");
        notifyDeputies(List.of(c.s.leadDeputyId()), "notice.suggestion.closed", c.s, c.s.title());
        events.publishEvent(new SuggestionClosed(id, c.s.round()));
        return after(c);
    }

    /** Publishes a closed, rated suggestion with its answer to every signed-in deputy, staff and office user. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails publish(long id, long version) {
        Ctx c = require(id, version, PUBLISH);
        c.s.publish(true);
        move(c, PUBLISH, Outcome.PLAIN, null, "audit.suggestion.published");
        List<Long> people = new ArrayList<>(confirmedCosigners(c));
        people.add(c.s.leadDeputyId());
        notifyDeputies(people, "notice.suggestion.published", c.s, c.s.title());
        events.publishEvent(new SuggestionPublished(id));
        return after(c);
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails unpublish(long id, long version) {
        Ctx c = require(id, version, UNPUBLISH);
        c.s.publish(false);
        move(c, UNPUBLISH, Outcome.PLAIN, null, "audit.suggestion.unpublished");
        return after(c);
    }

    /** Puts it under key supervision (重点督办) by a leader (required), followed by a street committee or group. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails markKey(long id, long version, KeyMark mark) {
        Ctx c = require(id, version, MARK_KEY);
        InputRules.checker().text("leader", mark == null ? null : mark.leader(), true, KEY_LEADER_MAX)
                .text("followers", mark == null ? null : mark.followers(), false, KEY_FOLLOWERS_MAX).throwIfAny();
        String leader = mark.leader().strip();
        String followers = InputRules.clean(mark.followers());
        c.s.markKey(leader, followers);
        record(c, MARK_KEY, c.s.state(), leader + (followers == null ? "" : " · " + followers));
        audit(AuditEvent.Action.UPDATE, c.s, "audit.suggestion.key-marked", null, "leader=" + leader + ", followers=" + followers);
        if (c.s.leadUnitId() != null) {
            notifyUnit(c.me, c.s.leadUnitId(), "notice.suggestion.key-marked", c.s, c.s.code(), leader);
        }
        return after(c);
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public SuggestionDetails unmarkKey(long id, long version) {
        Ctx c = require(id, version, MARK_KEY);
        if (!c.s.key()) {
            throw new InvalidInputException(null, "suggestion.error.not-allowed");
        }
        c.s.unmarkKey();
        record(c, MARK_KEY, c.s.state(), null);
        audit(AuditEvent.Action.UPDATE, c.s, "audit.suggestion.key-unmarked", "key=true", "key=false");
        return after(c);
    }

    /**
     * Joins accepted, not yet assigned suggestions for handling together (并案): they share a
     * group id (that of one already joined, else the smallest id) and are assigned together;
     * each keeps its own answer and rating. Returns the group id.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long join(Collection<Long> ids) {
        SilianUser me = currentUser.require();
        List<Long> wanted = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (wanted.size() < 2) {
            throw new InvalidInputException("ids", "suggestion.error.join-needs-two");
        }
        List<Ctx> all = wanted.stream().map(this::load).toList();
        List<String> refused = all.stream().filter(c -> !SuggestionWorkflow.allowed(c.s.state(), JOIN, c.parties, c.facts))
                .map(c -> c.s.code() != null ? c.s.code() : c.s.title()).toList();
        if (!refused.isEmpty()) {
            throw new InvalidInputException("ids", "suggestion.error.join-not-accepted", String.join(", ", refused));
        }
        long group = all.stream().map(c -> c.s.handlingGroupId()).filter(Objects::nonNull).findFirst().orElse(wanted.getFirst());
        String codes = all.stream().map(c -> c.s.code()).collect(Collectors.joining(", "));
        for (Ctx c : all) {
            c.s.joinGroup(group);
            record(c, JOIN, c.s.state(), codes);
            audit(AuditEvent.Action.UPDATE, c.s, "audit.suggestion.joined", null, "group=" + group);
        }
        return group;
    }

    // ---------------------------------------------------------------- units (the office on a unit's behalf)

    /** The lead unit asks to be re-assigned, within the window of working days after the assignment; reason required. */
    @PreAuthorize(UNIT_ROLES)
    @Transactional
    public SuggestionDetails requestReassignment(long id, long version, String reason) {
        Ctx c = require(id, version, REQUEST_REASSIGN);
        InputRules.checker().multiline("reason", reason, true, REASON_MAX).throwIfAny();
        SuggestionAssignment lead = c.lead().orElseThrow();
        lead.requestReassign(reason.strip());
        c.s.touch();
        move(c, REQUEST_REASSIGN, Outcome.PLAIN, reason, "audit.suggestion.reassign-requested");
        notifyOffice(c.me, "notice.suggestion.reassign-requested", c.s, unitName(lead.unitId()), c.s.code(), reason.strip());
        return after(c);
    }

    /** The lead unit signs for it (签收). */
    @PreAuthorize(UNIT_ROLES)
    @Transactional
    public SuggestionDetails sign(long id, long version) {
        Ctx c = require(id, version, SIGN);
        c.lead().orElseThrow().sign(c.me.getUsername());
        move(c, SIGN, Outcome.PLAIN, null, "audit.suggestion.signed");
        return after(c);
    }

    /**
     * A unit logs a contact with the deputy. {@code unitId}: the unit the office enters it for
     * ({@code null}: the lead unit); a unit account always logs for itself.
     */
    @PreAuthorize(UNIT_ROLES)
    @Transactional
    public SuggestionDetails logContact(long id, Long unitId, ContactDraft contact) {
        Ctx c = require(id, null, LOG_CONTACT);
        SuggestionAssignment a = actingAssignment(c, unitId, null);
        InputRules.checker()
                .check("kind", contact == null || contact.kind() == null ? "validation.required" : null)
                .check("date", contact == null || contact.date() == null ? "validation.required"
                        : contact.date().isAfter(OpinionsClock.today()) ? "suggestion.error.contact-in-future" : null)
                .multiline("note", contact == null ? null : contact.note(), false, COMMENT_MAX)
                .throwIfAny();
        contacts.save(new SuggestionContact(id, a.unitId(), c.s.round(), contact, c.me.getUsername()));
        c.s.touch();
        record(c, LOG_CONTACT, c.s.state(), contact.note(), a.unitId());
        audit(AuditEvent.Action.UPDATE, c.s, "audit.suggestion.contact-logged", null,
                "unit=" + a.unitId() + ", kind=" + contact.kind() + ", date=" + contact.date());
        return after(c);
    }

    /** A co-unit sends its opinion to the lead unit (text required); {@code unitId} as in {@link #logContact}, here a co-unit. */
    @PreAuthorize(UNIT_ROLES)
    @Transactional
    public SuggestionDetails coUnitOpinion(long id, Long unitId, String text) {
        Ctx c = require(id, null, CO_UNIT_OPINION);
        SuggestionAssignment a = actingAssignment(c, unitId, false);
        InputRules.checker().multiline("text", text, true, CO_OPINION_MAX).throwIfAny();
        a.coOpinion(text.strip());
        c.s.touch();
        record(c, CO_UNIT_OPINION, c.s.state(), text, a.unitId());
        audit(AuditEvent.Action.UPDATE, c.s, "audit.suggestion.co-opinion", null, "unit=" + a.unitId());
        if (c.s.leadUnitId() != null) {
            notifyUnit(c.me, c.s.leadUnitId(), "notice.suggestion.co-opinion", c.s, unitName(a.unitId()), c.s.code());
        }
        return after(c);
    }

    /**
     * The lead unit asks for a later due date with a reason: later than the present one, not in
     * the past, and at most the max period after the assignment.
     */
    @PreAuthorize(UNIT_ROLES)
    @Transactional
    public SuggestionDetails requestExtension(long id, long version, LocalDate newDueDate, String reason) {
        Ctx c = require(id, version, REQUEST_EXTENSION);
        SuggestionAssignment lead = c.lead().orElseThrow();
        InputRules.Checker checker = InputRules.checker().multiline("reason", reason, true, REASON_MAX);
        checkNewDue(checker, "newDueDate", lead, newDueDate);
        checker.throwIfAny();
        lead.requestExtension(newDueDate, reason.strip());
        c.s.touch();
        move(c, REQUEST_EXTENSION, Outcome.PLAIN, newDueDate + " · " + reason.strip(), "audit.suggestion.extension-requested");
        notifyOffice(c.me, "notice.suggestion.extension-requested", c.s, unitName(lead.unitId()), c.s.code(),
                newDueDate.toString(), reason.strip());
        return after(c);
    }

    /** The lead unit answers; see {@link AnswerDraft} about the contact warning. */
    @PreAuthorize(UNIT_ROLES)
    @Transactional
    public SuggestionDetails answer(long id, long version, AnswerDraft answer) {
        Ctx c = require(id, version, ANSWER);
        InputRules.checker()
                .check("category", answer == null || answer.category() == null ? "validation.required" : null)
                .multiline("text", answer == null ? null : answer.text(), true, AnswerDraft.TEXT_MAX)
                .throwIfAny();
        boolean contacted = contacts.existsBySuggestionIdAndRound(id, c.s.round());
        if (!contacted && !answer.confirmWithoutContact()) {
            throw new InvalidInputException("confirmWithoutContact", "suggestion.error.no-contact");
        }
        long unit = c.lead().orElseThrow().unitId();
        answers.save(new SuggestionAnswer(id, c.s.round(), unit, answer.category(), answer.text().strip(), !contacted,
                c.me.getUsername()));
        move(c, ANSWER, Outcome.PLAIN, null, "audit.suggestion.answered");
        notifyDeputies(List.of(c.s.leadDeputyId()), "notice.suggestion.answered", c.s, unitName(unit), c.s.title());
        events.publishEvent(new SuggestionAnswered(id, unit, c.s.round(), answer.category()));
        return after(c);
    }

    // ---------------------------------------------------------------- the lead deputy again

    /**
     * The lead deputy rates the answer. NOT_SATISFIED needs a reason; in the first round it
     * reopens the suggestion for re-handling by the lead unit (due = today + re-handling
     * period), in the second it closes it: a suggestion is reopened at most once.
     */
    @PreAuthorize(DEPUTY_ONLY)
    @Transactional
    public SuggestionDetails rate(long id, long version, Satisfaction satisfaction, String reason) {
        Ctx c = require(id, version, RATE);
        InputRules.checker()
                .check("satisfaction", satisfaction == null ? "validation.required" : null)
                .multiline("reason", reason, satisfaction == Satisfaction.NOT_SATISFIED, COMMENT_MAX)
                .throwIfAny();
        int round = c.s.round();
        SuggestionAnswer given = answers.findBySuggestionIdAndRound(id, round).orElseThrow();
        given.rate(satisfaction, InputRules.clean(reason));
        Outcome outcome = satisfaction == Satisfaction.NOT_SATISFIED ? Outcome.NOT_SATISFIED : Outcome.SATISFIED;
        SuggestionState next = move(c, RATE, outcome, reason, "audit.suggestion.rated");
        events.publishEvent(new SuggestionRated(id, c.s.leadDeputyId(), round, satisfaction));
        SuggestionAssignment lead = c.lead().orElseThrow();
        if (next == SuggestionState.REHANDLING) {
            LocalDate due = OpinionsClock.today().plus(settings.rehandlingPeriod());
            c.s.reopen();
            c.s.dueOn(due);
            lead.dueOn(due);
            notifyUnit(c.me, lead.unitId(), "notice.suggestion.reopened", c.s, c.s.code(), due.toString());
        } else {
            notifyUnit(c.me, lead.unitId(), "notice.suggestion.rated", c.s, c.s.code());
            events.publishEvent(new SuggestionClosed(id, round));
        }
        notifyOffice(c.me, "notice.suggestion.rated", c.s, c.s.code());
        return after(c);
    }

    // ---------------------------------------------------------------- deadline reminders

    /**
     * Reminds the unit and the office, once per assignment, of a lead answer or co-unit
     * opinion due within the due-soon period, and once more when it is overdue. Run by the
     * scheduled job as the system; returns how many reminders went out.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public int sendDueReminders(LocalDate today) {
        SilianUser me = currentUser.require();
        int sent = 0;
        List<SuggestionAssignment> due = assignments.dueBy(today.plus(settings.dueSoon()), SuggestionSpecifications.IN_HANDLING);
        Map<Long, Suggestion> byId = new HashMap<>();
        suggestions.findAllById(due.stream().map(SuggestionAssignment::suggestionId).collect(Collectors.toSet()))
                .forEach(s -> byId.put(s.getId(), s));
        for (SuggestionAssignment a : due) {
            Suggestion s = byId.get(a.suggestionId());
            boolean overdue = a.dueDate().isBefore(today);
            if (overdue && a.overdueRemindedAt() == null) {
                a.remindedOverdue();
            } else if (!overdue && a.soonRemindedAt() == null) {
                a.remindedSoon();
            } else {
                continue;
            }
            String key = overdue ? "notice.suggestion.overdue" : "notice.suggestion.due-soon";
            notifyUnit(me, a.unitId(), key, s, s.code(), s.title(), a.dueDate().toString());
            notifyOffice(me, key, s, s.code(), s.title(), a.dueDate().toString());
            sent++;
        }
        return sent;
    }

    // ---------------------------------------------------------------- the rules' plumbing

    /** A suggestion with everything the rules look at, for one caller. */
    private record Ctx(Suggestion s, SilianUser me, List<SuggestionSigner> signers,
                       List<SuggestionAssignment> assignments, Set<Party> parties, Facts facts) {
        Optional<SuggestionAssignment> lead() {
            return assignments.stream().filter(a -> a.lead() && a.active()).findFirst();
        }
    }

    private Ctx context(Suggestion s, SilianUser me) {
        List<SuggestionSigner> signed = signers.findBySuggestionIdOrderByInvitedAt(s.getId());
        List<SuggestionAssignment> assigned = assignments.findBySuggestionIdOrderById(s.getId());
        Set<Party> parties = EnumSet.noneOf(Party.class);
        Optional<SuggestionAssignment> lead = assigned.stream().filter(a -> a.lead() && a.active()).findFirst();
        boolean confirmed = false;
        if (me.isOfficeOrAdmin()) {
            parties.add(Party.OFFICE);
            // The office enters a unit's steps for a unit without an account.
            lead.ifPresent(a -> parties.add(Party.LEAD_UNIT));
            if (assigned.stream().anyMatch(a -> a.active() && !a.lead())) {
                parties.add(Party.CO_UNIT);
            }
        } else if (me.is(Role.DEPUTY) && me.deputyId() != null) {
            if (s.leadDeputyId() == me.deputyId()) {
                parties.add(Party.LEAD);
            }
            Optional<SuggestionSigner> mine = signed.stream()
                    .filter(g -> g.deputyId() == me.deputyId() && g.status() != CosignStatus.DECLINED).findFirst();
            if (mine.isPresent()) {
                parties.add(Party.COSIGNER);
                confirmed = mine.get().status() == CosignStatus.CONFIRMED;
            }
        } else if (me.is(Role.UNIT) && me.unitId() != null) {
            assigned.stream().filter(a -> a.active() && a.unitId() == me.unitId())
                    .forEach(a -> parties.add(a.lead() ? Party.LEAD_UNIT : Party.CO_UNIT));
        } else if (me.is(Role.STREET_STAFF) && me.streetId() != null && s.submittedAt() != null
                && s.streetIds().contains(me.streetId())) {
            parties.add(Party.STREET_STAFF);
        }
        if (parties.isEmpty() && s.published() && !me.is(Role.UNIT)) {
            parties.add(Party.OTHER);
        }
        boolean rated = answers.findBySuggestionIdAndRound(s.getId(), s.round()).map(a -> a.satisfaction() != null).orElse(false);
        boolean windowOpen = lead.map(a -> !OpinionsClock.today().isAfter(reassignWindowEnd(a))).orElse(false);
        Facts facts = new Facts(s.round(), rated, s.published(), confirmed, windowOpen,
                lead.map(SuggestionAssignment::reassignPending).orElse(false),
                lead.map(a -> a.extensionDue() != null).orElse(false));
        return new Ctx(s, me, signed, assigned, parties, facts);
    }

    /** Kept in step with {@link SuggestionSpecifications#visibleTo}. */
    private static boolean isVisible(Ctx c) {
        if (c.me.isOfficeOrAdmin()) {
            return c.s.submittedAt() != null;
        }
        return !c.parties.isEmpty();
    }

    private Ctx load(long id) {
        Suggestion s = suggestions.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        Ctx c = context(s, currentUser.require());
        if (!isVisible(c)) {
            throw new NotFoundException(TYPE, id);
        }
        return c;
    }

    /** Loads it for a step: visible, the version the caller read (when given), and allowed to him now. */
    private Ctx require(long id, Long version, SuggestionAction action) {
        Ctx c = load(id);
        if (version != null) {
            c.s.checkVersion(version);
        }
        if (!SuggestionWorkflow.allowed(c.s.state(), action, c.parties, c.facts)) {
            String key = SuggestionWorkflow.denial(c.s.state(), action, c.parties, c.facts);
            if (key.equals("suggestion.error.reassign-window-closed")) {
                throw new InvalidInputException(null, key, settings.reassignWindowWorkingDays(),
                        c.lead().map(this::reassignWindowEnd).map(LocalDate::toString).orElse(""));
            }
            throw new InvalidInputException(null, key);
        }
        return c;
    }

    private LocalDate reassignWindowEnd(SuggestionAssignment a) {
        return calendar.plusWorkingDays(a.assignedOn(), settings.reassignWindowWorkingDays());
    }

    /** Takes a step that may change the state, records it and audits it; returns the new state. */
    private SuggestionState move(Ctx c, SuggestionAction action, Outcome outcome, String comment, String auditKey) {
        SuggestionState from = c.s.state();
        String before = c.s.describe();
        SuggestionState next = SuggestionWorkflow.next(from, action, c.facts, outcome);
        c.s.moveTo(next);
        record(c, action, from, comment);
        audit(AuditEvent.Action.UPDATE, c.s, auditKey, before, c.s.describe());
        return next;
    }

    private void record(Ctx c, SuggestionAction action, SuggestionState from, String comment) {
        Long onBehalf = c.me.isOfficeOrAdmin() && UNIT_ACTIONS.contains(action) ? c.s.leadUnitId() : null;
        record(c, action, from, comment, onBehalf);
    }

    private void record(Ctx c, SuggestionAction action, SuggestionState from, String comment, Long unitId) {
        Long onBehalf = c.me.isOfficeOrAdmin() ? unitId : null;
        steps.save(new SuggestionStep(c.s.getId(), c.s.round(), action, from, c.s.state(), c.me.getUsername(), c.me.role(),
                onBehalf, InputRules.clean(comment)));
    }

    /** The assignment a unit step is for: the caller's own unit, or the one the office names (else the lead). */
    private SuggestionAssignment actingAssignment(Ctx c, Long unitId, Boolean lead) {
        Long unit = c.me.is(Role.UNIT) ? c.me.unitId() : unitId;
        Optional<SuggestionAssignment> found = c.assignments.stream()
                .filter(a -> a.active() && (lead == null || a.lead() == lead))
                .filter(a -> unit == null ? (lead == null ? a.lead() : true) : a.unitId() == unit)
                .findFirst();
        if (found.isEmpty() || c.me.is(Role.UNIT) && unitId != null && !unitId.equals(c.me.unitId())) {
            throw new InvalidInputException("unitId", "suggestion.error.not-assigned-to-unit");
        }
        return found.get();
    }

    private void checkNewDue(InputRules.Checker checker, String field, SuggestionAssignment lead, LocalDate newDue) {
        if (newDue == null) {
            checker.check(field, "validation.required");
            return;
        }
        LocalDate cap = lead.assignedOn().plus(settings.maxPeriod());
        if (!newDue.isAfter(lead.dueDate())) {
            checker.check(field, "suggestion.error.extension-not-later", lead.dueDate());
        } else if (newDue.isBefore(OpinionsClock.today())) {
            checker.check(field, "suggestion.error.due-in-past", newDue);
        } else if (newDue.isAfter(cap)) {
            checker.check(field, "suggestion.error.beyond-max", settings.maxPeriod().toTotalMonths(), cap);
        }
    }

    private static void validate(SuggestionDraft draft) {
        InputRules.checker()
                .text("title", draft.title(), true, SuggestionDraft.TITLE_MAX)
                .multiline("body", draft.body(), true, SuggestionDraft.BODY_MAX)
                .check("category", draft.category() == null ? "validation.required" : null)
                .throwIfAny();
    }

    private static void checkComment(String comment, boolean required) {
        InputRules.checker().multiline("comment", comment, required, COMMENT_MAX).throwIfAny();
    }

    /** The streets where the lead and the confirmed co-signers live or are rostered follow it. */
    private void refollow(Suggestion s) {
        Set<Long> streets = new HashSet<>();
        DeputySummary lead = deputies.summaries(List.of(s.leadDeputyId())).get(s.leadDeputyId());
        if (lead != null && lead.streetId() != null) {
            streets.add(lead.streetId());
        }
        List<Long> people = new ArrayList<>(List.of(s.leadDeputyId()));
        signers.findBySuggestionIdOrderByInvitedAt(s.getId()).stream()
                .filter(g -> g.status() == CosignStatus.CONFIRMED)
                .forEach(g -> {
                    people.add(g.deputyId());
                    if (g.streetId() != null) {
                        streets.add(g.streetId());
                    }
                });
        streets.addAll(roster.currentStreetsOf(people));
        s.followedBy(streets);
    }

    private static Level highest(DeputySummary d) {
        return d == null || d.seats() == null ? null
                : d.seats().stream().map(SeatInfo::level).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private List<Long> confirmedCosigners(Ctx c) {
        return c.signers.stream().filter(g -> g.status() == CosignStatus.CONFIRMED).map(SuggestionSigner::deputyId).toList();
    }

    private boolean isSoon(LocalDate due, LocalDate today) {
        return due != null && !due.isBefore(today) && !due.isAfter(today.plus(settings.dueSoon()));
    }

    private String leadName(Suggestion s) {
        return deputies.nameOf(s.leadDeputyId()).orElse("");
    }

    private String unitName(long unitId) {
        return units.names(List.of(unitId)).getOrDefault(unitId, "");
    }

    private Specification<Suggestion> listSpec(SilianUser me, SuggestionFilter filter) {
        LocalDate today = OpinionsClock.today();
        return SuggestionSpecifications.visibleTo(me)
                .and(SuggestionSpecifications.filtered(filter, today, today.plus(settings.dueSoon())));
    }

    // ---------------------------------------------------------------- notices and audit

    private static String link(Suggestion s) {
        return "suggestions/" + s.getId();
    }

    private void notifyDeputies(Collection<Long> deputyIds, String key, Suggestion s, String... args) {
        if (!deputyIds.isEmpty()) {
            events.publishEvent(new DeputyNotice(deputyIds, KIND, key, List.of(args), link(s)));
        }
    }

    private void notifyOffice(SilianUser me, String key, Suggestion s, String... args) {
        List<Long> office = accounts.accountIdsWithRole(Role.OFFICE).stream()
                .filter(a -> !a.equals(me.accountId())).toList();
        notifications.notifyAccounts(office, new Notice(KIND, key, List.of(args), link(s)));
    }

    private void notifyUnit(SilianUser me, long unitId, String key, Suggestion s, String... args) {
        List<Long> unit = accounts.accountIdsOfUnit(unitId).stream().filter(a -> !a.equals(me.accountId())).toList();
        notifications.notifyAccounts(unit, new Notice(KIND, key, List.of(args), link(s)));
    }

    private void audit(AuditEvent.Action action, Suggestion s, String key, String before, String after) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, TYPE, String.valueOf(s.getId()),
                Message.of(key, s.title()), before, after));
    }

    // ---------------------------------------------------------------- read models

    /** Every change ends here, so every change tells the performance module what the suggestion now counts. */
    private SuggestionDetails after(Ctx c) {
        suggestions.flush();
        events.publishEvent(activity.changed(c.s.getId()));
        return details(context(c.s, c.me));
    }

    private List<SuggestionSummary> summaries(List<Suggestion> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Suggestion::getId).toList();
        Map<Long, String> leadNames = deputies.namesOf(rows.stream().map(Suggestion::leadDeputyId).collect(Collectors.toSet()));
        Map<Long, String> unitNames = units.names(rows.stream().map(Suggestion::leadUnitId).filter(Objects::nonNull).toList());
        Map<Long, Long> cosigners = new HashMap<>();
        signers.confirmedCounts(ids).forEach(r -> cosigners.put((Long) r[0], (Long) r[1]));
        LocalDate today = OpinionsClock.today();
        return rows.stream().map(s -> {
            boolean running = s.state().isInHandling() && s.dueDate() != null;
            return new SuggestionSummary(s.getId(), s.year(), s.number(), s.code(), s.title(), s.category(), s.leadDeputyId(),
                    leadNames.get(s.leadDeputyId()), s.leadLevel(), s.state(), s.round(), s.leadUnitId(),
                    s.leadUnitId() == null ? null : unitNames.get(s.leadUnitId()), s.dueDate(),
                    running && s.dueDate().isBefore(today), running && isSoon(s.dueDate(), today), s.key(), s.published(),
                    cosigners.getOrDefault(s.getId(), 0L).intValue(), s.updatedAt());
        }).toList();
    }

    private SuggestionDetails details(Ctx c) {
        Suggestion s = c.s;
        long id = s.getId();
        LocalDate today = OpinionsClock.today();
        List<SuggestionStep> timeline = steps.findBySuggestionIdOrderByTakenAtAscIdAsc(id);
        List<SuggestionContact> logged = contacts.findBySuggestionIdOrderByDateAscIdAsc(id);
        List<SuggestionAnswer> given = answers.findBySuggestionIdOrderByRound(id);
        Set<Long> deputyIds = new HashSet<>();
        deputyIds.add(s.leadDeputyId());
        c.signers.forEach(g -> deputyIds.add(g.deputyId()));
        Map<Long, String> names = deputies.namesOf(deputyIds);
        Set<Long> unitIds = new HashSet<>();
        c.assignments.forEach(a -> unitIds.add(a.unitId()));
        timeline.stream().map(SuggestionStep::onBehalfUnitId).filter(Objects::nonNull).forEach(unitIds::add);
        logged.forEach(x -> unitIds.add(x.unitId()));
        given.forEach(a -> unitIds.add(a.unitId()));
        Map<Long, String> unitNames = units.names(unitIds);
        Set<String> usernames = new HashSet<>();
        usernames.add(s.draftedBy());
        timeline.forEach(t -> usernames.add(t.actor()));
        logged.forEach(x -> usernames.add(x.loggedBy()));
        given.forEach(a -> usernames.add(a.answeredBy()));
        Map<String, PersonName> people = accounts.names(usernames);
        boolean running = s.state().isInHandling();

        List<SuggestionDetails.Signer> signerRows = c.signers.stream()
                .map(g -> new SuggestionDetails.Signer(g.deputyId(), names.get(g.deputyId()), g.level(), g.streetId(), g.status(),
                        g.invitedAt(), g.answeredAt())).toList();
        List<SuggestionDetails.Assignment> assignmentRows = c.assignments.stream().map(a -> {
            boolean open = running && a.active() && (a.lead() || a.coOpinionAt() == null);
            return new SuggestionDetails.Assignment(a.id(), a.unitId(), unitNames.get(a.unitId()), a.lead(), a.active(),
                    a.assignedOn(), a.lead() ? a.dueDate() : null, a.lead() ? null : a.dueDate(), a.signedAt(), a.coOpinion(),
                    a.coOpinionAt(), a.reassignPending(), a.reassignReason(), a.lead() ? reassignWindowEnd(a) : null,
                    a.extensionDue(), a.extensionDue() == null ? null : a.extensionReason(),
                    open && a.dueDate().isBefore(today), open && isSoon(a.dueDate(), today));
        }).toList();
        List<SuggestionDetails.Contact> contactRows = logged.stream()
                .map(x -> new SuggestionDetails.Contact(x.id(), x.unitId(), unitNames.get(x.unitId()), x.round(), x.kind(),
                        x.date(), x.note(), people.get(x.loggedBy()), x.loggedAt())).toList();
        List<SuggestionDetails.Answer> answerRows = given.stream()
                .map(a -> new SuggestionDetails.Answer(a.round(), a.unitId(), unitNames.get(a.unitId()), a.category(), a.text(),
                        a.withoutContact(), people.get(a.answeredBy()), a.answeredAt(), a.satisfaction(), a.ratingReason(),
                        a.ratedAt())).toList();
        List<SuggestionDetails.Step> stepRows = timeline.stream()
                .map(t -> new SuggestionDetails.Step(t.action(), t.fromState(), t.toState(), t.round(), people.get(t.actor()),
                        t.onBehalfUnitId(), t.onBehalfUnitId() == null ? null : unitNames.get(t.onBehalfUnitId()),
                        t.comment(), t.takenAt())).toList();
        List<SuggestionDetails.Source> sourceRows = s.sources().stream()
                .map(r -> new SuggestionDetails.Source(r.kind(), r.sourceId(),
                        r.kind() == SourceKind.OPINION ? "opinions/" + r.sourceId() : null))
                .sorted(Comparator.comparing(SuggestionDetails.Source::kind).thenComparing(SuggestionDetails.Source::id))
                .toList();
        List<Long> group = s.handlingGroupId() == null ? List.of()
                : suggestions.findByHandlingGroupId(s.handlingGroupId()).stream().map(Suggestion::getId).sorted().toList();
        boolean overdue = running && s.dueDate() != null && s.dueDate().isBefore(today);
        return new SuggestionDetails(id, s.getVersion(), s.year(), s.number(), s.code(), s.title(), s.body(), s.category(),
                s.leadDeputyId(), names.get(s.leadDeputyId()), s.leadLevel(), s.state(), s.round(), s.assignedOn(), s.dueDate(),
                overdue, running && isSoon(s.dueDate(), today), s.key(), s.keyLeader(), s.keyFollowers(), s.published(),
                s.publishedAt(), s.handlingGroupId(), group, s.notFiledReason(), signerRows, assignmentRows, contactRows,
                answerRows, stepRows, sourceRows, Set.copyOf(c.parties),
                SuggestionWorkflow.allowedActions(s.state(), c.parties, c.facts),
                contacts.existsBySuggestionIdAndRound(id, s.round()), people.get(s.draftedBy()), s.createdAt(), s.updatedAt());
    }
}
