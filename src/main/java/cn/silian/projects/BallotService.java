package cn.silian.projects;

import cn.silian.opinions.OpinionsClock;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vote on a year's livelihood projects (票决): the office prepares a ballot from the shortlist,
 * opens it at the congress session, enters the paper tally sheets beside the deputies' electronic
 * votes, closes it and publishes the result, which settles each candidate and hands every adopted
 * one on as {@link ProjectAdopted}. Only the active district deputies of the current term vote,
 * each once whichever the channel.
 */
@Service
@Transactional(readOnly = true)
public class BallotService {

    static final String BALLOT = "Ballot";
    static final String READERS = "hasAnyRole('ADMIN','OFFICE','DEPUTY')";
    static final int YEAR_MIN = 2000;
    static final int YEAR_MAX = 2100;
    private static final Sort NEWEST = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id"));
    private static final Set<BallotState> SHOWN_TO_DEPUTIES = EnumSet.of(BallotState.OPEN, BallotState.CLOSED,
            BallotState.PUBLISHED);

    private final BallotRepository ballots;
    private final LivelihoodProjectRepository projects;
    private final BallotStore store;
    private final BallotAccess access;
    private final ApplicationEventPublisher events;

    BallotService(BallotRepository ballots, LivelihoodProjectRepository projects, BallotStore store, BallotAccess access,
                  ApplicationEventPublisher events) {
        this.ballots = ballots;
        this.projects = projects;
        this.store = store;
        this.access = access;
        this.events = events;
    }

    /** The office every ballot; a deputy those opened to the deputies, newest first. */
    @PreAuthorize(READERS)
    public Page<BallotRow> page(Pageable pageable) {
        Pageable newestFirst = pageable.getSort().isSorted() ? pageable : pageable.isPaged()
                ? org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST)
                : Pageable.unpaged(NEWEST);
        Page<Ballot> page = access.me().isOfficeOrAdmin() ? ballots.findAll(newestFirst)
                : ballots.findByStateIn(SHOWN_TO_DEPUTIES, newestFirst);
        return page.map(b -> new BallotRow(b.getId(), b.year(), b.title(), b.sessionDate(), b.state(),
                b.candidates().size(), b.maxChoices()));
    }

    /** A ballot: the office any; a deputy one opened to the deputies; everyone else a published one. */
    @PreAuthorize(Roles.SIGNED_IN)
    public BallotDetails get(long id) {
        Ballot b = visible(id);
        SilianUser me = access.me();
        boolean deputy = me.is(Role.DEPUTY) && me.deputyId() != null;
        boolean voted = deputy && store.voted(id, me.deputyId());
        boolean mayVote = deputy && b.state() == BallotState.OPEN && !voted && access.eligible(me.deputyId(), b.term());
        return new BallotDetails(b.getId(), b.getVersion(), b.year(), b.title(), b.sessionDate(), b.maxChoices(), b.secret(),
                b.threshold(), b.tieRule(), b.state(), candidates(b.candidates()), mayVote, voted);
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long create(BallotDraft draft) {
        check(draft);
        Ballot b = ballots.saveAndFlush(new Ballot(draft, access.me().getUsername(), OpinionsClock.now()));
        audit(b, AuditEvent.Action.CREATE, "audit.ballot.created");
        return b.getId();
    }

    /** New settings while the ballot is a draft; returns its new version. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long update(long id, long version, BallotDraft draft) {
        return change(id, version, b -> {
            check(draft);
            b.edit(draft);
        }, "audit.ballot.updated");
    }

    /** The year's shortlisted projects not yet on a ballot: what the office may place on this one. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public List<BallotCandidate> shortlist(long id) {
        Ballot b = find(id);
        return projects.findByProjectYearAndStateOrderByIdAsc(b.year(), ProjectState.SHORTLISTED).stream()
                .map(BallotService::candidate).toList();
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long addCandidate(long id, long version, long projectId) {
        Ballot b = find(id);
        b.checkVersion(version);
        b.requireState(BallotState.DRAFT);
        LivelihoodProject p = projects.findById(projectId)
                .orElseThrow(() -> new NotFoundException("LivelihoodProject", projectId));
        if (p.projectYear() != b.year() || p.state() != ProjectState.SHORTLISTED) {
            throw new InvalidInputException("candidates", "ballot.candidate.not-shortlisted", p.title());
        }
        p.placeOnBallot();
        b.addCandidate(projectId);
        ballots.saveAndFlush(b);
        audit(b, AuditEvent.Action.UPDATE, "audit.ballot.candidate-added", p.title());
        return b.getVersion();
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long removeCandidate(long id, long version, long projectId) {
        Ballot b = find(id);
        b.checkVersion(version);
        b.requireState(BallotState.DRAFT);
        if (!b.candidates().contains(projectId)) {
            throw new NotFoundException("LivelihoodProject", projectId);
        }
        LivelihoodProject p = projects.findById(projectId).orElseThrow();
        p.takeOffBallot();
        b.removeCandidate(projectId);
        ballots.saveAndFlush(b);
        audit(b, AuditEvent.Action.UPDATE, "audit.ballot.candidate-removed", p.title());
        return b.getVersion();
    }

    /** Opens the vote to the active district deputies of the term now serving; refused with too few candidates. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long open(long id, long version) {
        return change(id, version, b -> {
            Integer term = access.currentTerm();
            if (term == null) {
                throw new InvalidInputException(null, "ballot.open.no-term");
            }
            b.open(term, access.eligibleCount(term), OpinionsClock.now());
        }, "audit.ballot.opened");
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long close(long id, long version) {
        return change(id, version, b -> b.close(OpinionsClock.now()), "audit.ballot.closed");
    }

    /** One change of a ballot the caller saw at {@code version}; returns its new version. */
    private long change(long id, long version, java.util.function.Consumer<Ballot> change, String auditKey) {
        Ballot b = find(id);
        b.checkVersion(version);
        change.accept(b);
        ballots.saveAndFlush(b);
        audit(b, AuditEvent.Action.UPDATE, auditKey);
        return b.getVersion();
    }

    /**
     * Publishes the result of a closed ballot: every candidate is settled adopted or not, and each
     * adopted one is announced as {@link ProjectAdopted} in this transaction.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long publish(long id, long version) {
        Ballot b = find(id);
        b.checkVersion(version);
        b.requireState(BallotState.CLOSED);
        BallotResult result = count(b);
        b.publish(OpinionsClock.now());
        for (BallotResult.Line line : result.lines()) {
            LivelihoodProject p = projects.findById(line.projectId()).orElseThrow();
            p.settle(line.outcome().adopted());
        }
        ballots.saveAndFlush(b);
        projects.flush();
        for (BallotResult.Line line : result.lines()) {
            if (line.outcome().adopted()) {
                LivelihoodProject p = projects.findById(line.projectId()).orElseThrow();
                events.publishEvent(new ProjectAdopted(p.getId(), b.getId(), b.year(), p.title(), p.description(),
                        p.unitId(), List.copyOf(p.streetIds())));
            }
        }
        audit(b, AuditEvent.Action.UPDATE, "audit.ballot.published", result.adopted());
        return b.getVersion();
    }

    /**
     * The signed-in deputy's vote: at most the ballot's number of candidates, none being a valid
     * blank vote. Stored without a link to him when the ballot is secret.
     */
    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public void vote(long id, Set<Long> choices) {
        Ballot b = visible(id);
        SilianUser me = access.me();
        if (me.deputyId() == null || !access.eligible(me.deputyId(), b.term() == null ? -1 : b.term())) {
            throw new AccessDeniedException("not a district deputy of the ballot's term");
        }
        b.requireState(BallotState.OPEN);
        Set<Long> chosen = choices == null ? Set.of() : new LinkedHashSet<>(choices);
        if (chosen.size() > b.maxChoices()) {
            throw new InvalidInputException("choices", "ballot.vote.too-many", b.maxChoices(), chosen.size());
        }
        if (!b.candidates().containsAll(chosen)) {
            throw new InvalidInputException("choices", "ballot.vote.not-candidate");
        }
        if (store.voted(id, me.deputyId())) {
            throw new InvalidInputException(null, "ballot.vote.already");
        }
        try {
            store.addVoter(id, me.deputyId(), BallotStore.ELECTRONIC, null);
        } catch (DuplicateKeyException ex) {
            throw new InvalidInputException(null, "ballot.vote.already");
        }
        store.addPaper(id, b.secret() ? null : me.deputyId(), b.candidates().stream().filter(chosen::contains).toList());
        // who voted is recorded, never what he chose
        audit(b, AuditEvent.Action.UPDATE, "audit.ballot.voted");
    }

    /** The eligible deputies who have not voted yet: those a tally sheet may name. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public List<BallotVoter> notVoted(long id) {
        Ballot b = find(id);
        return b.term() == null ? List.of() : access.notVoted(id, b.term());
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public List<BallotTallyRow> tallies(long id) {
        find(id);
        return store.tallies(id);
    }

    /** A tally sheet of paper ballots, counted beside the electronic votes; returns its id. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long enterTally(long id, BallotTallySheet sheet) {
        Ballot b = find(id);
        b.requireState(BallotState.OPEN);
        if (sheet == null) {
            throw new InvalidInputException(null, "validation.required");
        }
        InputRules.checker().text("label", sheet.label(), true, BallotTallySheet.LABEL_MAX).throwIfAny();
        List<Long> voters = sheet.deputyIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(sheet.deputyIds()));
        if (voters.isEmpty()) {
            throw new InvalidInputException("voters", "ballot.tally.no-voters");
        }
        for (long deputy : voters) {
            if (!access.eligible(deputy, b.term())) {
                throw new InvalidInputException("voters", "ballot.tally.not-eligible", access.nameOf(deputy));
            }
            if (store.voted(id, deputy)) {
                throw new InvalidInputException("voters", "ballot.tally.already-voted", access.nameOf(deputy));
            }
        }
        int papers = voters.size();
        if (sheet.invalid() < 0 || sheet.invalid() > papers) {
            throw new InvalidInputException("invalid", "ballot.tally.invalid-range", papers);
        }
        int valid = papers - sheet.invalid();
        Map<Long, Integer> votes = sheet.votes() == null ? Map.of() : sheet.votes();
        long total = 0;
        for (Map.Entry<Long, Integer> e : votes.entrySet()) {
            if (!b.candidates().contains(e.getKey())) {
                throw new InvalidInputException("votes", "ballot.vote.not-candidate");
            }
            int n = e.getValue() == null ? 0 : e.getValue();
            if (n < 0 || n > valid) {
                throw new InvalidInputException("votes", "ballot.tally.count-range", valid);
            }
            total += n;
        }
        if (total > (long) valid * b.maxChoices()) {
            throw new InvalidInputException("votes", "ballot.tally.total-too-high", total, valid, b.maxChoices());
        }
        long tally = store.addTally(id, InputRules.clean(sheet.label()), papers, sheet.invalid(), access.me().getUsername(),
                OpinionsClock.now());
        try {
            for (long deputy : voters) {
                store.addVoter(id, deputy, BallotStore.PAPER, tally);
            }
        } catch (DuplicateKeyException ex) {
            throw new InvalidInputException("voters", "ballot.tally.already-voted", "");
        }
        for (long candidate : b.candidates()) {
            Integer n = votes.get(candidate);
            if (n != null && n > 0) {
                store.addTallyCount(tally, candidate, n);
            }
        }
        audit(b, AuditEvent.Action.UPDATE, "audit.ballot.tally-entered", InputRules.clean(sheet.label()), papers);
        return tally;
    }

    /** Takes a tally sheet back while the ballot is open: its deputies may vote again. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public void withdrawTally(long id, long tallyId) {
        Ballot b = find(id);
        b.requireState(BallotState.OPEN);
        if (!store.tallyOf(id, tallyId)) {
            throw new NotFoundException("BallotTally", tallyId);
        }
        store.deleteTally(tallyId);
        audit(b, AuditEvent.Action.UPDATE, "audit.ballot.tally-withdrawn");
    }

    /** The count: the office's live count at any time; everyone else once it is published. */
    @PreAuthorize(Roles.SIGNED_IN)
    public BallotResult result(long id) {
        Ballot b = find(id);
        if (!access.me().isOfficeOrAdmin() && b.state() != BallotState.PUBLISHED) {
            throw new NotFoundException(BALLOT, id);
        }
        return count(b);
    }

    /** The result as an A4 PDF, for whoever may read it. */
    @PreAuthorize(Roles.SIGNED_IN)
    public byte[] resultPdf(long id, Locale locale) {
        BallotResult result = result(id);
        events.publishEvent(new AuditEvent(access.me().getUsername(), AuditEvent.Action.DOWNLOAD, BALLOT, String.valueOf(id),
                Message.of("audit.ballot.pdf", result.title()), null, null));
        return BallotPdf.write(result, locale);
    }

    private BallotResult count(Ballot b) {
        Map<Long, Long> votes = store.votes(b.getId());
        Map<String, Long> cast = store.cast(b.getId());
        long electronic = cast.get(BallotStore.ELECTRONIC);
        long paper = cast.get(BallotStore.PAPER);
        List<BallotCount.Line> lines = BallotCount.count(b.candidates(), votes, electronic + paper, b.maxChoices(),
                b.threshold(), b.tieRule());
        Map<Long, String> titles = new java.util.HashMap<>();
        projects.findAllById(b.candidates()).forEach(p -> titles.put(p.getId(), p.title()));
        List<BallotResult.Line> shown = new ArrayList<>();
        for (BallotCount.Line l : lines) {
            shown.add(new BallotResult.Line(l.projectId(), titles.getOrDefault(l.projectId(), ""), l.votes(), l.rank(),
                    l.outcome()));
        }
        return new BallotResult(b.getId(), b.year(), b.title(), b.sessionDate(), b.state(), b.maxChoices(), b.threshold(),
                b.tieRule(), b.eligible() == null ? access.eligibleCount(termOrCurrent(b)) : b.eligible(),
                electronic + paper, electronic, paper, store.invalid(b.getId()), shown);
    }

    private int termOrCurrent(Ballot b) {
        Integer term = b.term() != null ? b.term() : access.currentTerm();
        return term == null ? -1 : term;
    }

    private List<BallotCandidate> candidates(List<Long> ids) {
        Map<Long, LivelihoodProject> byId = new java.util.HashMap<>();
        projects.findAllById(ids).forEach(p -> byId.put(p.getId(), p));
        return ids.stream().filter(byId::containsKey).map(byId::get).map(BallotService::candidate).toList();
    }

    private static BallotCandidate candidate(LivelihoodProject p) {
        return new BallotCandidate(p.getId(), p.title(), p.description(), p.estimatedCost());
    }

    private void check(BallotDraft d) {
        if (d == null) {
            throw new InvalidInputException(null, "validation.required");
        }
        InputRules.Checker checker = InputRules.checker()
                .check("year", d.year() < YEAR_MIN || d.year() > YEAR_MAX ? "ballot.year.range" : null)
                .text("title", d.title(), true, BallotDraft.TITLE_MAX)
                .check("sessionDate", d.sessionDate() == null ? "validation.required" : null)
                .check("maxChoices", d.maxChoices() < 1 ? "ballot.max-choices.range" : null)
                .check("threshold", d.threshold() == null ? "validation.required" : null)
                .check("tieRule", d.tieRule() == null ? "validation.required" : null);
        checker.throwIfAny();
    }

    /** The ballot if the caller may know it exists: drafts are the office's alone. */
    private Ballot visible(long id) {
        Ballot b = ballots.findById(id).orElseThrow(() -> new NotFoundException(BALLOT, id));
        SilianUser me = access.me();
        if (me.isOfficeOrAdmin()) {
            return b;
        }
        boolean shown = me.is(Role.DEPUTY) ? SHOWN_TO_DEPUTIES.contains(b.state()) : b.state() == BallotState.PUBLISHED;
        if (!shown) {
            throw new NotFoundException(BALLOT, id);
        }
        return b;
    }

    private Ballot find(long id) {
        return ballots.findById(id).orElseThrow(() -> new NotFoundException(BALLOT, id));
    }

    private void audit(Ballot b, AuditEvent.Action action, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = b.title();
        System.arraycopy(more, 0, args, 1, more.length);
        events.publishEvent(new AuditEvent(access.me().getUsername(), action, BALLOT, String.valueOf(b.getId()),
                Message.of(key, args), null, "state=" + b.state() + " candidates=" + b.candidates().size()));
    }
}
