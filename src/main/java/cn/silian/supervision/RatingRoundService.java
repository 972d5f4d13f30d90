package cn.silian.supervision;

import cn.silian.opinions.OpinionsClock;
import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The year-end rating (年终测评): the office opens it for a year; every active district deputy
 * of the term rates each of the year's projects once (a rating given stands: a second one is
 * refused, the database holds one per deputy and project); the office closes it and publishes
 * each project's figures and satisfaction rate.
 */
@Service
@Transactional(readOnly = true)
public class RatingRoundService {

    static final String TYPE = "SupervisionRound";

    private final RatingRoundRepository rounds;
    private final RatingEntryRepository entries;
    private final SupervisedProjectRepository projects;
    private final SupervisionAccess access;
    private final ApplicationEventPublisher events;

    RatingRoundService(RatingRoundRepository rounds, RatingEntryRepository entries, SupervisedProjectRepository projects,
                       SupervisionAccess access, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.entries = entries;
        this.projects = projects;
        this.access = access;
        this.events = events;
    }

    /**
     * The round of a year with its figures: the office sees them as they come in, every other
     * account only once they are published.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<RoundSummary> round(int year) {
        return rounds.findByYear(year).map(r -> {
            boolean shown = access.me().isOfficeOrAdmin() || r.status() == RoundStatus.PUBLISHED;
            Map<Long, RatingFigures> figures = shown ? figures(r) : Map.of();
            List<SupervisedProject> ofYear = projects.ofYear(year);
            Map<Long, String> units = access.unitNames(ofYear.stream().map(SupervisedProject::unitId).toList());
            List<RoundSummary.Line> lines = ofYear.stream().map(p -> new RoundSummary.Line(p.getId(), p.title(),
                    units.getOrDefault(p.unitId(), ""), shown ? figures.getOrDefault(p.getId(), RatingFigures.NONE) : null)).toList();
            return new RoundSummary(r.getId(), r.getVersion(), r.year(), r.term(), r.status(), access.eligibleCount(),
                    entries.raters(r.getId()), lines);
        });
    }

    /** Opens the rating of a year that has supervised projects; returns the round's id. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long open(int year) {
        if (rounds.findByYear(year).isPresent()) {
            throw new InvalidInputException("year", "supervision.round.exists", String.valueOf(year));
        }
        if (projects.countOfYear(year) == 0) {
            throw new InvalidInputException("year", "supervision.round.no-projects", String.valueOf(year));
        }
        Integer term = access.currentTerm();
        if (term == null) {
            throw new InvalidInputException("year", "supervision.round.no-term");
        }
        RatingRound r = rounds.saveAndFlush(new RatingRound(year, term, OpinionsClock.now()));
        audit(r, AuditEvent.Action.CREATE, "audit.supervision.round-opened", null, "status=OPEN");
        return r.getId();
    }

    /** No more ratings; returns the round's new version. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long close(long id, long version) {
        RatingRound r = find(id);
        r.checkVersion(version);
        if (r.status() != RoundStatus.OPEN) {
            throw new InvalidInputException(null, "supervision.round.not-open");
        }
        r.close(OpinionsClock.now());
        rounds.saveAndFlush(r);
        audit(r, AuditEvent.Action.UPDATE, "audit.supervision.round-closed", "status=OPEN", "status=CLOSED");
        return r.getVersion();
    }

    /** Publishes a closed round: each project's figures become visible to all; returns the new version. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long publish(long id, long version) {
        RatingRound r = find(id);
        r.checkVersion(version);
        if (r.status() != RoundStatus.CLOSED) {
            throw new InvalidInputException(null, "supervision.round.not-closed");
        }
        Map<Long, RatingFigures> figures = figures(r);
        for (SupervisedProject p : projects.ofYear(r.year())) {
            p.publishFigures(figures.getOrDefault(p.getId(), RatingFigures.NONE));
        }
        projects.flush();
        r.publish(OpinionsClock.now());
        rounds.saveAndFlush(r);
        audit(r, AuditEvent.Action.UPDATE, "audit.supervision.round-published", "status=CLOSED", "status=PUBLISHED");
        return r.getVersion();
    }

    /** The caller's sheet of a year: every project with what he has rated so far. */
    @PreAuthorize("hasRole('DEPUTY')")
    public Optional<RatingSheet> mySheet(int year) {
        Long deputyId = access.me().deputyId();
        return rounds.findByYear(year).map(r -> {
            Map<Long, ProjectRating> mine = deputyId == null ? Map.of() : entries.ofDeputy(r.getId(), deputyId).stream()
                    .collect(Collectors.toMap(RatingEntry::supervisedId, RatingEntry::rating));
            List<SupervisedProject> ofYear = projects.ofYear(year);
            Map<Long, String> units = access.unitNames(ofYear.stream().map(SupervisedProject::unitId).toList());
            return new RatingSheet(year, r.status(), access.eligible(deputyId), ofYear.stream()
                    .map(p -> new RatingSheet.Line(p.getId(), p.title(), units.getOrDefault(p.unitId(), ""), p.percentDone(),
                            mine.get(p.getId()))).toList());
        });
    }

    /**
     * The caller rates the year's projects, all on one sheet. Refused, with nothing saved, when
     * the round is not open, he is not an active district deputy of the term, a project is not
     * of the year, or he rated one of them before.
     *
     * @return how many ratings were saved
     */
    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public int rate(int year, Map<Long, ProjectRating> ratings) {
        RatingRound r = rounds.findByYear(year).orElseThrow(() -> new NotFoundException(TYPE, year));
        Long deputyId = access.me().deputyId();
        if (!access.eligible(deputyId)) {
            throw new AccessDeniedException("only active district deputies of the term rate");
        }
        if (r.status() != RoundStatus.OPEN) {
            throw new InvalidInputException(null, "supervision.rating.closed");
        }
        Map<Long, ProjectRating> given = new HashMap<>();
        ratings.forEach((k, v) -> {
            if (k != null && v != null) {
                given.put(k, v);
            }
        });
        if (given.isEmpty()) {
            throw new InvalidInputException("ratings", "supervision.rating.empty");
        }
        Set<Long> ofYear = projects.ofYear(year).stream().map(SupervisedProject::getId).collect(Collectors.toSet());
        if (!ofYear.containsAll(given.keySet())) {
            throw new InvalidInputException("ratings", "supervision.rating.other-year", String.valueOf(year));
        }
        Set<Long> rated = entries.ofDeputy(r.getId(), deputyId).stream().map(RatingEntry::supervisedId).collect(Collectors.toSet());
        if (given.keySet().stream().anyMatch(rated::contains)) {
            throw new InvalidInputException("ratings", "supervision.rating.already");
        }
        given.forEach((project, rating) -> entries.save(new RatingEntry(r.getId(), project, deputyId, rating, OpinionsClock.now())));
        entries.flush();
        return given.size();
    }

    private Map<Long, RatingFigures> figures(RatingRound r) {
        Map<Long, RatingFigures> result = new HashMap<>();
        for (Object[] row : entries.counts(r.getId())) {
            long project = (Long) row[0];
            ProjectRating rating = (ProjectRating) row[1];
            long n = ((Number) row[2]).longValue();
            RatingFigures f = result.getOrDefault(project, RatingFigures.NONE);
            for (long i = 0; i < n; i++) {
                f = f.plus(rating);
            }
            result.put(project, f);
        }
        return result;
    }

    private RatingRound find(long id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private void audit(RatingRound r, AuditEvent.Action action, String key, String before, String after) {
        events.publishEvent(new AuditEvent(access.me().getUsername(), action, TYPE, String.valueOf(r.getId()),
                Message.of(key, String.valueOf(r.year())), before, after));
    }
}
