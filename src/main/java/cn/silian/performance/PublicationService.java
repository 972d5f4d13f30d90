package cn.silian.performance;

import cn.silian.people.DeputyService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publication of points (公布) and talks (约谈). A deputy always sees his own points; the points of
 * others only as a publication froze them. "Deputies" here are the holders of a seat of the four
 * levels: street representatives take part in the work but are not measured by the scheme.
 */
@Service
public class PublicationService {

    public static final int NOTES_MAX = 2000;
    static final String FOUR_LEVEL = "EXISTS (SELECT 1 FROM seat s WHERE s.deputy_id = d.id AND s.level <> 'STREET')";

    private final PublicationRepository publications;
    private final TalkRepository talks;
    private final Schemes schemes;
    private final DeputyService deputies;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    PublicationService(PublicationRepository publications, TalkRepository talks, Schemes schemes,
                       DeputyService deputies, CurrentUser currentUser, EntityManager em,
                       ApplicationEventPublisher events) {
        this.publications = publications;
        this.talks = talks;
        this.schemes = schemes;
        this.deputies = deputies;
        this.currentUser = currentUser;
        this.em = em;
        this.events = events;
    }

    /**
     * Freezes every deputy's points of the year up to the period's end (or today, for a period
     * still running), capped per duty as the ledger counts them. A period is published once; one
     * that has not begun cannot be.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long publish(int year, int quarter) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        boolean known = quarter >= 0 && quarter <= 4 && year >= 2000 && year <= 2100;
        InputRules.checker()
                .check("quarter", !known ? "points.publication.period" : null)
                .check("quarter", known && Publication.start(year, quarter).isAfter(today) ? "points.publication.not-begun" : null)
                .check("quarter", known && publications.of(year, quarter).isPresent() ? "points.publication.already" : null)
                .throwIfAny();
        schemes.of(year);
        Publication p = publications.saveAndFlush(new Publication(year, quarter, clock.instant(), currentUser.username()));
        LocalDate until = Publication.end(year, quarter).isAfter(today) ? today : Publication.end(year, quarter);
        int rows = em.createNativeQuery("""
                        INSERT INTO points_published (publication_id, deputy_id, street_id, session_points,
                            between_points, model_points, other_points, total_points)
                        SELECT ?1, d.id, d.street_id,
                            COALESCE(SUM(CASE WHEN g.duty_group = 'SESSION' THEN g.pts END), 0),
                            COALESCE(SUM(CASE WHEN g.duty_group = 'BETWEEN' THEN g.pts END), 0),
                            COALESCE(SUM(CASE WHEN g.duty_group = 'MODEL' THEN g.pts END), 0),
                            COALESCE(SUM(CASE WHEN g.duty_group = 'OTHER' THEN g.pts END), 0),
                            COALESCE(SUM(g.pts), 0)
                        FROM deputy d LEFT JOIN (
                            SELECT e.deputy_id, du.duty_group,
                                CASE WHEN du.yearly_cap IS NULL THEN e.s
                                     WHEN e.s > du.yearly_cap THEN du.yearly_cap
                                     WHEN e.s < -du.yearly_cap THEN -du.yearly_cap
                                     ELSE e.s END AS pts
                            FROM (SELECT deputy_id, duty_id, SUM(COALESCE(adjusted_points, points)) AS s
                                  FROM ledger_entry WHERE entry_year = ?2 AND withdrawn_at IS NULL AND earned_on <= ?3
                                  GROUP BY deputy_id, duty_id) e
                            JOIN duty du ON du.id = e.duty_id
                        ) g ON g.deputy_id = d.id
                        WHERE d.status = 'ACTIVE' AND\s""" + FOUR_LEVEL + " GROUP BY d.id, d.street_id")
                .setParameter(1, p.getId()).setParameter(2, year).setParameter(3, until)
                .executeUpdate();
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.CREATE, "PointsPublication",
                String.valueOf(p.getId()), Message.of(quarter == 0 ? "audit.points.published-year" : "audit.points.published",
                String.valueOf(year), quarter), null, "deputies=" + rows));
        return p.getId();
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional(readOnly = true)
    public List<PublicationRow> publications(int year) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        return publications.ofYear(year).stream().map(p -> row(p, today)).toList();
    }

    /** The latest publication of any year, for the home page and the deputies' first look. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional(readOnly = true)
    public java.util.Optional<PublicationRow> latest() {
        LocalDate today = LocalDate.now(Formats.ZONE);
        return publications.latest().map(p -> row(p, today));
    }

    private static PublicationRow row(Publication p, LocalDate today) {
        LocalDate end = Publication.end(p.year(), p.quarter());
        LocalDate published = p.publishedAt().atZone(Formats.ZONE).toLocalDate();
        return new PublicationRow(p.getId(), p.year(), p.quarter(), end.isAfter(published) ? published : end,
                p.publishedAt());
    }

    /**
     * A publication's figures, highest first: every deputy sees all of them, street staff their
     * street's, the office all or one street's.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional(readOnly = true)
    public Slice<PublishedPoints> published(long publicationId, Long streetId, Pageable pageable) {
        publications.findById(publicationId).orElseThrow(() -> new NotFoundException("PointsPublication", publicationId));
        Long street = scope(streetId);
        String where = " WHERE p.publication_id = ?1" + (street == null ? "" : " AND p.street_id = ?2");
        var query = em.createNativeQuery("""
                        SELECT p.deputy_id, p.session_points, p.between_points, p.model_points, p.other_points,
                            p.total_points,
                            (SELECT COUNT(*) FROM points_published h WHERE h.publication_id = p.publication_id
                                AND h.total_points > p.total_points) + 1
                        FROM points_published p""" + where + " ORDER BY p.total_points DESC, p.deputy_id")
                .setParameter(1, publicationId)
                .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize() + 1);
        if (street != null) {
            query.setParameter(2, street);
        }
        List<?> rows = query.getResultList();
        boolean more = rows.size() > pageable.getPageSize();
        List<Object[]> page = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), pageable.getPageSize()); i++) {
            page.add((Object[]) rows.get(i));
        }
        Map<Long, String> names = deputies.namesOf(page.stream().map(r -> ((Number) r[0]).longValue()).toList());
        List<PublishedPoints> result = page.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            return new PublishedPoints(id, names.getOrDefault(id, ""), n(r[6]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]));
        }).toList();
        return new SliceImpl<>(result, pageable, more);
    }

    private Long scope(Long streetId) {
        SilianUser me = currentUser.require();
        if (me.is(Role.STREET_STAFF)) {
            if (streetId != null && !streetId.equals(me.streetId())) {
                throw new AccessDeniedException("published points of another street");
            }
            return me.streetId();
        }
        return streetId;
    }

    /** Deputies whose points of the year so far are below the year's threshold, lowest first. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public Slice<TalkCandidate> belowThreshold(int year, Pageable pageable) {
        int threshold = schemes.of(year).scheme().talkThreshold();
        List<?> rows = em.createNativeQuery("""
                        SELECT d.id, COALESCE(t.total_points, 0) AS total FROM deputy d
                        LEFT JOIN points_total t ON t.deputy_id = d.id AND t.total_year = ?1
                        WHERE d.status = 'ACTIVE' AND\s""" + FOUR_LEVEL
                        + " AND COALESCE(t.total_points, 0) < ?2 ORDER BY total, d.name_pinyin, d.id")
                .setParameter(1, year).setParameter(2, threshold)
                .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize() + 1)
                .getResultList();
        boolean more = rows.size() > pageable.getPageSize();
        List<Object[]> page = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), pageable.getPageSize()); i++) {
            page.add((Object[]) rows.get(i));
        }
        List<Long> ids = page.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, String> names = deputies.namesOf(ids);
        Map<Long, Talk> held = new HashMap<>();
        if (!ids.isEmpty()) {
            talks.of(year, ids).forEach(t -> held.put(t.deputyId(), t));
        }
        return new SliceImpl<>(page.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            Talk t = held.get(id);
            return new TalkCandidate(id, names.getOrDefault(id, ""), n(r[1]), t == null ? null : t.heldOn(),
                    t == null ? null : t.notes());
        }).toList(), pageable, more);
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long belowThresholdCount(int year) {
        int threshold = schemes.of(year).scheme().talkThreshold();
        return ((Number) em.createNativeQuery("""
                        SELECT COUNT(*) FROM deputy d
                        LEFT JOIN points_total t ON t.deputy_id = d.id AND t.total_year = ?1
                        WHERE d.status = 'ACTIVE' AND\s""" + FOUR_LEVEL
                        + " AND COALESCE(t.total_points, 0) < ?2")
                .setParameter(1, year).setParameter(2, threshold).getSingleResult()).longValue();
    }

    /** Records a talk held with a deputy of the list; on a day of the year, not in the future. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long recordTalk(long deputyId, int year, LocalDate heldOn, String notes) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        InputRules.checker()
                .check("deputyId", deputies.nameOf(deputyId).isEmpty() ? "points.error.deputy" : null)
                .check("heldOn", heldOn == null ? "validation.required"
                        : heldOn.isAfter(today) ? "points.error.future"
                        : heldOn.getYear() < year ? "points.talk.before-year" : null)
                .multiline("notes", notes, true, NOTES_MAX)
                .throwIfAny();
        Talk t = talks.save(new Talk(deputyId, year, heldOn, currentUser.username(), InputRules.clean(notes), clock.instant()));
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.CREATE, "PointsTalk",
                String.valueOf(t.getId()), Message.of("audit.points.talk", deputies.nameOf(deputyId).orElse(""), String.valueOf(year)),
                null, "deputy=" + deputyId));
        return t.getId();
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }
}
