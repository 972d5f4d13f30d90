package cn.silian.voters;

import cn.silian.performance.ActivityKind;
import cn.silian.performance.DutyActivitiesChanged;
import cn.silian.performance.DutyActivity;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * What a report to voters counts as duty: a written report once submitted, an oral one once its
 * rating is published. Each change sends the report's whole truth (one activity or none).
 */
@Component
class ReportActivity implements cn.silian.performance.DutyActivitySource {

    static final String TYPE = "VotersReport";

    /** A report was submitted, or its result published or taken back. */
    record VotersReportChanged(long sourceId, List<DutyActivity> activities) implements DutyActivitiesChanged {
        @Override
        public String sourceType() {
            return TYPE;
        }
    }

    private final EntityManager em;
    private final ApplicationEventPublisher events;

    ReportActivity(EntityManager em, ApplicationEventPublisher events) {
        this.em = em;
        this.events = events;
    }

    void changed(VotersReport r, int year) {
        events.publishEvent(new VotersReportChanged(r.getId(), activities(r, year)));
    }

    /** The one rule, for the event and the replay alike. */
    static List<DutyActivity> activities(VotersReport r, int year) {
        if (!r.done()) {
            return List.of();
        }
        return List.of(new DutyActivity(ActivityKind.VOTERS_REPORT, r.deputyId(), r.doneOn(year), TYPE, r.getId(),
                String.valueOf(year), "voters/mine"));
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
        var query = em.createQuery("""
                        select r from VotersReport r, VotersPlan p where p.id = r.planId and p.year = :year
                          and ((r.form = cn.silian.voters.ReportForm.WRITTEN and r.state = cn.silian.voters.ReportState.SUBMITTED)
                            or (r.form = cn.silian.voters.ReportForm.ORAL and r.publishedAt is not null))"""
                        + (deputyId == null ? "" : " and r.deputyId = :deputy"), VotersReport.class)
                .setParameter("year", year);
        if (deputyId != null) {
            query.setParameter("deputy", deputyId);
        }
        List<DutyActivity> result = new ArrayList<>();
        for (VotersReport r : query.getResultList()) {
            result.addAll(activities(r, year));
        }
        return result;
    }
}
