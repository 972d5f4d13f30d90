package cn.silian.performance;

import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The office keeps the points scheme (履职积分办法): each year's duties have their own rows, so a
 * change to one year never reaches another's ledger. A past year is closed; a fix to this year's
 * points takes effect on the ledger by a replay ({@link LedgerService#replay}).
 */
@Service
public class SchemeService {

    public static final int CAP_MAX = 1000;
    public static final int THRESHOLD_MAX = 1000;

    private final Schemes schemes;
    private final DutyRepository duties;
    private final DutySchemeRepository schemeRows;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SchemeService(Schemes schemes, DutyRepository duties, DutySchemeRepository schemeRows, CurrentUser currentUser,
                  ApplicationEventPublisher events) {
        this.schemes = schemes;
        this.duties = duties;
        this.schemeRows = schemeRows;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** A year's scheme: its duties in order and the threshold below which deputies are talked to. */
    public record YearDuties(int year, long schemeVersion, int talkThreshold, boolean closed, List<SchemeDuty> duties) {
    }

    /** Anyone signed in reads a scheme: deputies should know what counts. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public YearDuties of(int year, Locale locale) {
        Schemes.YearScheme s = schemes.of(year);
        return new YearDuties(year, s.scheme().getVersion(), s.scheme().talkThreshold(), closed(year),
                s.duties().stream().map(d -> new SchemeDuty(d.getId(), d.getVersion(), d.code(), d.group(),
                        d.name(locale), d.points(), d.yearlyCap(), d.automatic())).toList());
    }

    /** Years that have a scheme, newest first. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return schemeRows.years();
    }

    /**
     * Changes a duty's points and cap in its own year's scheme. Zero points are refused (leave a
     * duty out by a cap of 0 instead); the cap, if any, must hold at least one occurrence.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public void changeDuty(long dutyId, long version, Integer points, Integer yearlyCap) {
        Duty duty = duties.findById(dutyId).orElseThrow(() -> new NotFoundException("Duty", dutyId));
        duty.checkVersion(version);
        DutyScheme scheme = schemeRows.findById(duty.schemeId()).orElseThrow();
        InputRules.checker()
                .check("year", closed(scheme.year()) ? "points.scheme.closed" : null, String.valueOf(scheme.year()))
                .check("points", points == null ? "validation.required"
                        : points == 0 || Math.abs(points) > LedgerService.POINTS_LIMIT ? "points.error.points-range" : null)
                .check("yearlyCap", yearlyCap == null ? null
                        : yearlyCap < 0 || yearlyCap > CAP_MAX ? "points.scheme.cap-range"
                        : points != null && yearlyCap != 0 && yearlyCap < Math.abs(points) ? "points.scheme.cap-below-points" : null)
                .throwIfAny();
        String before = describe(duty);
        duty.change(duty.group(), duty.nameZh(), duty.nameEn(), points, yearlyCap, duty.activityKind(), duty.sortOrder());
        duties.saveAndFlush(duty);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, "Duty",
                String.valueOf(dutyId), Message.of("audit.points.duty-changed", String.valueOf(scheme.year()), duty.nameZh()),
                before, describe(duty)));
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public void changeThreshold(int year, long schemeVersion, Integer threshold) {
        DutyScheme scheme = schemes.of(year).scheme();
        scheme.checkVersion(schemeVersion);
        InputRules.checker()
                .check("year", closed(year) ? "points.scheme.closed" : null, String.valueOf(year))
                .check("talkThreshold", threshold == null ? "validation.required"
                        : threshold < 0 || threshold > THRESHOLD_MAX ? "points.scheme.threshold-range" : null)
                .throwIfAny();
        int before = scheme.talkThreshold();
        scheme.setTalkThreshold(threshold);
        schemeRows.saveAndFlush(scheme);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, "DutyScheme",
                String.valueOf(year), Message.of("audit.points.threshold-changed", String.valueOf(year), threshold),
                "threshold=" + before, "threshold=" + threshold));
    }

    /** A past year's scheme is what its points were earned under: it stays as it was. */
    static boolean closed(int year) {
        return year < LocalDate.now(Formats.ZONE).getYear();
    }

    private static String describe(Duty d) {
        return "points=" + d.points() + ", cap=" + d.yearlyCap();
    }
}
