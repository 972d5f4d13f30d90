package cn.silian.opinions;

import cn.silian.performance.ActivityKind;
import cn.silian.performance.DutyActivitiesChanged;
import cn.silian.performance.DutyActivity;
import cn.silian.performance.DutyActivitySource;
import cn.silian.shared.Formats;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The duty of hearing the public: an opinion a deputy heard is an opinion collected, until it is
 * merged into another (the same concern heard twice counts once).
 */
@Component
class OpinionActivity implements DutyActivitySource {

    static final String TYPE = "opinion";
    private static final int TITLE_MAX = 60;

    /** A deputy's opinion was recorded, or merged away. */
    record OpinionCollected(long sourceId, List<DutyActivity> activities) implements DutyActivitiesChanged {
        @Override
        public String sourceType() {
            return TYPE;
        }
    }

    private final EntityManager em;

    OpinionActivity(EntityManager em) {
        this.em = em;
    }

    static OpinionCollected of(Opinion o) {
        return new OpinionCollected(o.getId(), activities(o.getId(), o.heardBy(), o.state(), o.createdAt(), o.content()));
    }

    /** The one rule, for the event and for the replay alike. */
    static List<DutyActivity> activities(long id, Long heardBy, OpinionState state, Instant createdAt, String content) {
        if (heardBy == null || state == OpinionState.MERGED) {
            return List.of();
        }
        String title = content.length() > TITLE_MAX ? content.substring(0, TITLE_MAX) + "…" : content;
        return List.of(new DutyActivity(ActivityKind.OPINION_COLLECTED, heardBy, LocalDate.ofInstant(createdAt, Formats.ZONE),
                TYPE, id, title, "opinions/" + id));
    }

    @Override
    public List<DutyActivity> activitiesIn(int year) {
        return read(year, null);
    }

    @Override
    public List<DutyActivity> activitiesOf(long deputyId, int year) {
        return read(year, deputyId);
    }

    private List<DutyActivity> read(int year, Long deputyId) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
        var query = em.createQuery("""
                        select o.id, o.heardBy, o.state, o.createdAt, substring(o.content, 1, 61) from Opinion o
                        where o.heardBy is not null and o.state <> cn.silian.opinions.OpinionState.MERGED
                          and o.createdAt >= :from and o.createdAt < :to""" + (deputyId == null ? "" : " and o.heardBy = :deputy"),
                        Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (deputyId != null) {
            query.setParameter("deputy", deputyId);
        }
        List<DutyActivity> result = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            result.addAll(activities((Long) r[0], (Long) r[1], (OpinionState) r[2], (Instant) r[3], (String) r[4]));
        }
        return result;
    }
}
