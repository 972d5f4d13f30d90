package cn.silian.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One supervised project's page: the snapshot, its group, milestones, reports, visits, problems and what the caller may do. */
public record ProjectDetails(long id, long version, long projectId, int year, String title, String description,
                             Long unitId, String unitName, List<String> streetNames, Person lead, List<Person> members,
                             int percentDone, String latestMilestone, List<MilestoneRow> milestones,
                             List<ProgressRow> reports, List<VisitRow> visits, List<ProblemRow> problems,
                             RatingFigures rating, Rights rights) {

    public record Person(long id, String name) {
    }

    public record MilestoneRow(long id, String title, LocalDate dueOn, LocalDate reachedOn) {
    }

    public record ProgressRow(long id, LocalDate reportedOn, String milestone, int percent, String note) {
    }

    public record VisitRow(long meetingId, LocalDateTime startsAt, String place) {
    }

    public record ProblemRow(long id, long version, String body, LocalDate dueOn, ProblemState state, String answer,
                             Boolean satisfied, boolean returned, boolean overdue) {
    }

    /** manage: group, milestones, visits (the office); report: progress; raise/answer/rateAnswer: problems. */
    public record Rights(boolean manage, boolean report, boolean raise, boolean answer, boolean rateAnswer) {
    }
}
