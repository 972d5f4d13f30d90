package cn.silian.stations;

import cn.silian.performance.ActivityKind;
import cn.silian.performance.DutyActivitiesChanged;
import cn.silian.performance.DutyActivity;
import cn.silian.performance.DutyActivitySource;
import cn.silian.security.AccountService;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What reception duty counts: a shift served (its presence confirmed) for its deputy, and a
 * visit logged for the deputy on the shift — or the deputy who logged it when it was on no shift.
 */
@Component
class ShiftActivity implements DutyActivitySource {

    static final String SHIFT = "shift";
    static final String RECEPTION = "reception";

    /** A shift's service was confirmed, or withdrawn (undone, or the shift given to someone else). */
    record ShiftServed(long sourceId, List<DutyActivity> activities) implements DutyActivitiesChanged {
        @Override
        public String sourceType() {
            return SHIFT;
        }
    }

    /** A visit was logged at a station. */
    record ReceptionLogged(long sourceId, List<DutyActivity> activities) implements DutyActivitiesChanged {
        @Override
        public String sourceType() {
            return RECEPTION;
        }
    }

    private final EntityManager em;
    private final AccountService accounts;

    ShiftActivity(EntityManager em, AccountService accounts) {
        this.em = em;
        this.accounts = accounts;
    }

    static ShiftServed shift(DutyShift s, String stationName) {
        return new ShiftServed(s.getId(), shiftActivities(s.getId(), s.stationId(), s.deputyId(), s.servedAt(), s.startsAt(),
                stationName));
    }

    static List<DutyActivity> shiftActivities(long id, long stationId, Long deputyId, Instant servedAt, LocalDateTime startsAt,
                                              String stationName) {
        if (deputyId == null || servedAt == null) {
            return List.of();
        }
        return List.of(new DutyActivity(ActivityKind.STATION_SHIFT_SERVED, deputyId, startsAt.toLocalDate(), SHIFT, id,
                stationName, "stations/" + stationId));
    }

    static ReceptionLogged reception(Reception r, Long credited, String stationName) {
        return new ReceptionLogged(r.getId(), receptionActivities(r.getId(), r.stationId(), credited, r.receivedAt(),
                stationName));
    }

    static List<DutyActivity> receptionActivities(long id, long stationId, Long credited, LocalDateTime receivedAt,
                                                  String stationName) {
        if (credited == null) {
            return List.of();
        }
        return List.of(new DutyActivity(ActivityKind.RECEPTION_LOGGED, credited, receivedAt.toLocalDate(), RECEPTION, id,
                stationName, "stations/" + stationId));
    }

    @Override
    public List<DutyActivity> activitiesIn(int year) {
        return read(year, null);
    }

    @Override
    public List<DutyActivity> activitiesOf(long deputyId, int year) {
        return read(year, deputyId).stream().filter(a -> a.deputyId() == deputyId).toList();
    }

    private List<DutyActivity> read(int year, Long deputyId) {
        LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
        LocalDateTime to = from.plusYears(1);
        List<DutyActivity> result = new ArrayList<>();
        var served = em.createQuery("""
                        select s.id, s.stationId, s.deputyId, s.servedAt, s.startsAt, t.name from DutyShift s, Station t
                        where t.id = s.stationId and s.servedAt is not null and s.deputyId is not null
                          and s.startsAt >= :from and s.startsAt < :to""" + (deputyId == null ? "" : " and s.deputyId = :deputy"),
                        Object[].class).setParameter("from", from).setParameter("to", to);
        if (deputyId != null) {
            served.setParameter("deputy", deputyId);
        }
        for (Object[] r : served.getResultList()) {
            result.addAll(shiftActivities((Long) r[0], (Long) r[1], (Long) r[2], (Instant) r[3], (LocalDateTime) r[4],
                    (String) r[5]));
        }
        List<Object[]> logged = em.createQuery("""
                        select r.id, r.stationId, s.deputyId, r.recordedBy, r.receivedAt, t.name
                        from Reception r join Station t on t.id = r.stationId left join DutyShift s on s.id = r.shiftId
                        where r.receivedAt >= :from and r.receivedAt < :to""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Set<String> loggers = logged.stream().filter(r -> r[2] == null).map(r -> (String) r[3]).collect(Collectors.toSet());
        Map<String, Long> deputies = loggers.isEmpty() ? new HashMap<>() : accounts.deputiesOf(loggers);
        for (Object[] r : logged) {
            Long credited = r[2] != null ? (Long) r[2] : deputies.get((String) r[3]);
            result.addAll(receptionActivities((Long) r[0], (Long) r[1], credited, (LocalDateTime) r[4], (String) r[5]));
        }
        return result;
    }
}
