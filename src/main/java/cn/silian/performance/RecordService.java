package cn.silian.performance;

import cn.silian.people.DeputyDetails;
import cn.silian.people.DeputyService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;
import org.springframework.context.ApplicationEventPublisher;
import cn.silian.shared.Formats;
import cn.silian.shared.i18n.SilianI18nProvider;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A deputy's record of a year (履职档案): his activities as the modules that recorded them tell
 * them (each {@link DutyActivitySource}, so this module needs none of them), sorted into the
 * archive's sections, with the points the ledger counts. The deputy reads his own, the office
 * anyone's, a street's staff their street's deputies'.
 */
@Service
public class RecordService {

    private static final Comparator<DeputyRecord.Item> BY_DATE = Comparator.comparing(DeputyRecord.Item::on)
            .thenComparing(DeputyRecord.Item::title);

    private final List<DutyActivitySource> sources;
    private final PointsAccess access;
    private final Schemes schemes;
    private final DeputyService deputies;
    private final EntityManager em;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    RecordService(List<DutyActivitySource> sources, PointsAccess access, Schemes schemes,
                  DeputyService deputies, EntityManager em, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
        this.sources = sources;
        this.access = access;
        this.schemes = schemes;
        this.deputies = deputies;
        this.em = em;
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional(readOnly = true)
    public DeputyRecord record(long deputyId, int year, Locale locale) {
        access.requireMayReadRecord(deputyId);
        DeputyDetails deputy = deputies.get(deputyId);
        Map<RecordSection, List<DeputyRecord.Item>> items = new EnumMap<>(RecordSection.class);
        for (RecordSection s : RecordSection.values()) {
            items.put(s, new ArrayList<>());
        }
        for (DutyActivitySource source : sources) {
            for (DutyActivity a : source.activitiesOf(deputyId, year)) {
                items.get(RecordSection.of(a.kind())).add(item(a, locale));
            }
        }
        List<DeputyRecord.Section> sections = new ArrayList<>();
        for (RecordSection s : RecordSection.values()) {
            List<DeputyRecord.Item> list = items.get(s);
            list.sort(BY_DATE);
            List<DeputyRecord.KindCount> counts = s.kinds().stream()
                    .map(k -> new DeputyRecord.KindCount(k, text(k.messageKey(), locale),
                            (int) list.stream().filter(i -> i.kind() == k).count()))
                    .toList();
            sections.add(new DeputyRecord.Section(s, text(s.messageKey(), locale), counts, list));
        }
        List<DeputyRecord.GroupPoints> groups = groups(deputyId, year, locale);
        return new DeputyRecord(deputyId, deputy.name(), deputy.streetName(), year, sections, groups,
                groups.stream().mapToInt(DeputyRecord.GroupPoints::points).sum());
    }

    /** The record as a PDF for the archive, printed today; taking it out is a line of the audit trail. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public byte[] pdf(long deputyId, int year, Locale locale) {
        DeputyRecord record = record(deputyId, year, locale);
        byte[] pdf = RecordPdf.write(record, locale, LocalDate.now(Formats.ZONE));
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.DOWNLOAD, "Deputy",
                String.valueOf(deputyId), Message.of("audit.record.pdf-exported", String.valueOf(year)), null, null));
        return pdf;
    }

    private static DeputyRecord.Item item(DutyActivity a, Locale locale) {
        return new DeputyRecord.Item(a.kind(), text(a.kind().messageKey(), locale), a.on(), a.title(),
                a.detail() == null ? "" : a.detail().translate(locale), a.link());
    }

    /**
     * The groups' points, each duty capped as the yearly totals cap it, and under each group the
     * duties that earned any. Summed here rather than read from {@link PointsQuery}, whose rule
     * (the office and the deputy himself) is narrower than the record's. A year with no entries
     * has nothing to show, so reading a record never creates a year's scheme.
     */
    private List<DeputyRecord.GroupPoints> groups(long deputyId, int year, Locale locale) {
        Map<Long, long[]> live = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select e.dutyId, count(e), sum(coalesce(e.adjustedPoints, e.points)) from LedgerEntry e
                        where e.deputyId = ?1 and e.year = ?2 and e.withdrawnAt is null group by e.dutyId""", Object[].class)
                .setParameter(1, deputyId).setParameter(2, year).getResultList()) {
            live.put((Long) row[0], new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        Map<DutyGroup, List<DeputyRecord.DutyLine>> lines = new EnumMap<>(DutyGroup.class);
        Map<DutyGroup, Integer> sums = new EnumMap<>(DutyGroup.class);
        for (DutyGroup g : DutyGroup.values()) {
            lines.put(g, new ArrayList<>());
            sums.put(g, 0);
        }
        if (!live.isEmpty()) {
            for (Duty d : schemes.of(year).duties()) {
                long[] cs = live.get(d.getId());
                if (cs != null) {
                    int counted = d.capped((int) cs[1]);
                    lines.get(d.group()).add(new DeputyRecord.DutyLine(d.code(), d.name(locale), cs[0], (int) cs[1],
                            counted));
                    sums.merge(d.group(), counted, Integer::sum);
                }
            }
        }
        List<DeputyRecord.GroupPoints> result = new ArrayList<>();
        for (DutyGroup g : DutyGroup.values()) {
            result.add(new DeputyRecord.GroupPoints(g, text(g.messageKey(), locale), sums.get(g), lines.get(g)));
        }
        return result;
    }

    static String text(String key, Locale locale, Object... args) {
        return SilianI18nProvider.translate(key, locale, args);
    }
}
