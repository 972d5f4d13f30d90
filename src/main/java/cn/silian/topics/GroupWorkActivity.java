package cn.silian.topics;

import cn.silian.performance.ActivityKind;
import cn.silian.performance.DutyActivitiesChanged;
import cn.silian.performance.DutyActivity;
import cn.silian.performance.DutyActivitySource;
import cn.silian.security.AccountService;
import cn.silian.shared.Formats;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a topic group's work counts as duty: a task done for its assignee, a finding for the
 * deputy who recorded it, the research report for the group's leader (who answers for it,
 * whoever typed it).
 */
@Component
class GroupWorkActivity implements DutyActivitySource {

    static final String TASK = "group-task";
    static final String FINDING = "finding";
    static final String REPORT = "group-report";

    /** A task was done, undone, reassigned or deleted. */
    record GroupTaskChanged(long sourceId, List<DutyActivity> activities) implements DutyActivitiesChanged {
        @Override
        public String sourceType() {
            return TASK;
        }
    }

    /** A deputy recorded a finding. */
    record FindingRecorded(long sourceId, List<DutyActivity> activities) implements DutyActivitiesChanged {
        @Override
        public String sourceType() {
            return FINDING;
        }
    }

    /** A group's research report was written, or emptied. */
    record GroupReportSaved(long sourceId, List<DutyActivity> activities) implements DutyActivitiesChanged {
        @Override
        public String sourceType() {
            return REPORT;
        }
    }

    private final EntityManager em;
    private final AccountService accounts;

    GroupWorkActivity(EntityManager em, AccountService accounts) {
        this.em = em;
        this.accounts = accounts;
    }

    static GroupTaskChanged task(GroupTask t, boolean deleted) {
        return new GroupTaskChanged(t.getId(), deleted ? List.of()
                : taskActivities(t.getId(), t.groupId(), t.title(), t.assigneeId(), t.status(), t.doneOn()));
    }

    static List<DutyActivity> taskActivities(long id, long groupId, String title, Long assignee, TaskStatus status,
                                             LocalDate doneOn) {
        if (assignee == null || status != TaskStatus.DONE || doneOn == null) {
            return List.of();
        }
        return List.of(new DutyActivity(ActivityKind.GROUP_TASK_DONE, assignee, doneOn, TASK, id, title, "groups/" + groupId));
    }

    static FindingRecorded finding(Finding f, Long authorDeputy) {
        return new FindingRecorded(f.getId(), findingActivities(f.getId(), f.groupId(), f.title(), authorDeputy, f.createdAt()));
    }

    static List<DutyActivity> findingActivities(long id, long groupId, String title, Long authorDeputy, Instant createdAt) {
        if (authorDeputy == null) {
            return List.of();
        }
        return List.of(new DutyActivity(ActivityKind.FINDING_RECORDED, authorDeputy,
                LocalDate.ofInstant(createdAt, Formats.ZONE), FINDING, id, title, "groups/" + groupId));
    }

    static GroupReportSaved report(TopicGroup g) {
        return new GroupReportSaved(g.getId(), reportActivities(g.getId(), g.name(), g.leaderId(), g.report(),
                g.reportUpdatedAt()));
    }

    static List<DutyActivity> reportActivities(long groupId, String name, Long leader, String report, Instant at) {
        if (leader == null || report == null || report.isBlank() || at == null) {
            return List.of();
        }
        return List.of(new DutyActivity(ActivityKind.GROUP_REPORT, leader, LocalDate.ofInstant(at, Formats.ZONE), REPORT,
                groupId, name, "groups/" + groupId));
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
        LocalDate first = LocalDate.of(year, 1, 1);
        Instant from = first.atStartOfDay(Formats.ZONE).toInstant();
        Instant to = first.plusYears(1).atStartOfDay(Formats.ZONE).toInstant();
        List<DutyActivity> result = new ArrayList<>();
        var taskQuery = em.createQuery("""
                        select t.id, t.groupId, t.title, t.assigneeId, t.status, t.doneOn from GroupTask t
                        where t.status = cn.silian.topics.TaskStatus.DONE and t.doneOn >= :from and t.doneOn < :to"""
                        + (deputyId == null ? "" : " and t.assigneeId = :deputy"), Object[].class)
                .setParameter("from", first).setParameter("to", first.plusYears(1));
        var reportQuery = em.createQuery("""
                        select g.id, g.name, g.leaderId, g.report, g.reportUpdatedAt from TopicGroup g
                        where g.reportUpdatedAt >= :from and g.reportUpdatedAt < :to"""
                        + (deputyId == null ? "" : " and g.leaderId = :deputy"), Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (deputyId != null) {
            taskQuery.setParameter("deputy", deputyId);
            reportQuery.setParameter("deputy", deputyId);
        }
        for (Object[] r : taskQuery.getResultList()) {
            result.addAll(taskActivities((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3], (TaskStatus) r[4],
                    (LocalDate) r[5]));
        }
        for (Object[] r : reportQuery.getResultList()) {
            result.addAll(reportActivities((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (Instant) r[4]));
        }
        List<Object[]> found = em.createQuery("""
                        select f.id, f.groupId, f.title, f.author, f.createdAt from Finding f
                        where f.createdAt >= :from and f.createdAt < :to""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Set<String> authors = found.stream().map(r -> (String) r[3]).collect(Collectors.toSet());
        Map<String, Long> deputies = authors.isEmpty() ? new HashMap<>() : accounts.deputiesOf(authors);
        for (Object[] r : found) {
            result.addAll(findingActivities((Long) r[0], (Long) r[1], (String) r[2], deputies.get((String) r[3]),
                    (Instant) r[4]));
        }
        return result;
    }
}
