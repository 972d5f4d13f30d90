package cn.silian.topics;

import cn.silian.people.DeputyService;
import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Edit;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.PersonName;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A group's project work (项目化管理): milestones, tasks, findings and the research report.
 * Members see it and work on their own tasks; the leader and the office plan it; nobody
 * outside the group reads it.
 */
@Service
@Transactional(readOnly = true)
public class GroupWorkService {

    static final String MILESTONE_TYPE = "Milestone";
    static final String TASK_TYPE = "GroupTask";
    static final String FINDING_TYPE = "Finding";
    public static final int MILESTONE_TITLE_MAX = 100;
    public static final int TASK_TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int FINDING_TITLE_MAX = 100;
    public static final int FINDING_MAX = 4000;
    public static final int REPORT_MAX = 10000;

    private final GroupService groups;
    private final GroupAccess access;
    private final MilestoneRepository milestones;
    private final GroupTaskRepository tasks;
    private final FindingRepository findings;
    private final GroupMemberRepository members;
    private final TopicGroupRepository groupRepository;
    private final DeputyService deputies;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    GroupWorkService(GroupService groups, GroupAccess access, MilestoneRepository milestones, GroupTaskRepository tasks,
                     FindingRepository findings, GroupMemberRepository members, TopicGroupRepository groupRepository,
                     DeputyService deputies, AccountService accounts, CurrentUser currentUser,
                     ApplicationEventPublisher events) {
        this.groups = groups;
        this.access = access;
        this.milestones = milestones;
        this.tasks = tasks;
        this.findings = findings;
        this.members = members;
        this.groupRepository = groupRepository;
        this.deputies = deputies;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    // ---- milestones ------------------------------------------------------------------------

    @PreAuthorize(Roles.ANY_ROLE)
    public List<MilestoneRow> milestones(long groupId) {
        work(groupId);
        LocalDate today = GroupService.today();
        return milestones.findByGroupIdOrderByDueOnAscIdAsc(groupId).stream().map(m -> m.toRow(today)).toList();
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long addMilestone(long groupId, String title, LocalDate dueOn) {
        TopicGroup g = manage(groupId);
        checkMilestone(g, title, dueOn, true);
        Milestone m = milestones.saveAndFlush(new Milestone(groupId, title, dueOn));
        publish(AuditEvent.Action.CREATE, MILESTONE_TYPE, m.getId(),
                Message.of("audit.milestone.created", g.name(), m.title()), null, "due=" + dueOn);
        return m.getId();
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long updateMilestone(long id, long version, String title, LocalDate dueOn) {
        Milestone m = milestones.findById(id).orElseThrow(() -> new NotFoundException(MILESTONE_TYPE, id));
        TopicGroup g = manage(m.groupId());
        m.checkVersion(version);
        checkMilestone(g, title, dueOn, !Objects.equals(dueOn, m.dueOn()));
        String before = m.title() + " due=" + m.dueOn();
        m.apply(title, dueOn);
        milestones.saveAndFlush(m);
        publish(AuditEvent.Action.UPDATE, MILESTONE_TYPE, m.getId(),
                Message.of("audit.milestone.changed", g.name(), m.title()), before, m.title() + " due=" + m.dueOn());
        return m.getVersion();
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long setMilestoneDone(long id, long version, boolean done) {
        Milestone m = milestones.findById(id).orElseThrow(() -> new NotFoundException(MILESTONE_TYPE, id));
        TopicGroup g = manage(m.groupId());
        m.checkVersion(version);
        m.done(done ? GroupService.today() : null);
        milestones.saveAndFlush(m);
        publish(AuditEvent.Action.UPDATE, MILESTONE_TYPE, m.getId(),
                Message.of(done ? "audit.milestone.done" : "audit.milestone.reopened", g.name(), m.title()), null,
                "done=" + done);
        return m.getVersion();
    }

    // ---- tasks -----------------------------------------------------------------------------

    @PreAuthorize(Roles.ANY_ROLE)
    public List<TaskRow> tasks(long groupId) {
        TopicGroup g = work(groupId);
        Topic topic = groups.topic(g);
        return rows(tasks.findByGroupIdOrderByDueOnAscIdAsc(groupId),
                Map.of(g.getId(), new GroupHeading(g.getId(), g.name(), g.leaderId(), topic.title(), topic.status())));
    }

    /** The caller's open tasks in all his groups, soonest due first: his home page's list. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<TaskRow> myOpenTasks() {
        SilianUser me = currentUser.require();
        if (me.deputyId() == null) {
            return List.of();
        }
        List<GroupTask> found = tasks.openFor(me.deputyId());
        if (found.isEmpty()) {
            return List.of();
        }
        // each group's name and topic title in one query, not the groups and then each one's topic
        return rows(found, groupRepository.headings(found.stream().map(GroupTask::groupId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(GroupHeading::id, Function.identity())));
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long addTask(long groupId, TaskDraft draft) {
        TopicGroup g = manage(groupId);
        checkTask(g, draft, true);
        GroupTask t = tasks.saveAndFlush(new GroupTask(groupId, draft, currentUser.username()));
        publish(AuditEvent.Action.CREATE, TASK_TYPE, t.getId(), Message.of("audit.task.created", g.name(), t.title()),
                null, t.describe());
        return t.getId();
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public Edit<TaskDraft> editTask(long id) {
        GroupTask t = task(id);
        manage(t.groupId());
        return new Edit<>(id, t.getVersion(), t.toDraft());
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long updateTask(long id, long version, TaskDraft draft) {
        GroupTask t = task(id);
        TopicGroup g = manage(t.groupId());
        t.checkVersion(version);
        checkTask(g, draft, !Objects.equals(draft.getDueOn(), t.dueOn()));
        String before = t.describe();
        t.apply(draft);
        tasks.saveAndFlush(t);
        events.publishEvent(GroupWorkActivity.task(t, false));
        publish(AuditEvent.Action.UPDATE, TASK_TYPE, t.getId(), Message.of("audit.task.changed", g.name(), t.title()),
                before, t.describe());
        return t.getVersion();
    }

    /** The assignee moves his own task along; the leader and the office move any. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long setTaskStatus(long id, long version, TaskStatus status) {
        SilianUser me = currentUser.require();
        GroupTask t = task(id);
        TopicGroup g = work(t.groupId());
        boolean assignee = me.deputyId() != null && Objects.equals(me.deputyId(), t.assigneeId());
        if (!assignee && !me.isOfficeOrAdmin() && !GroupAccess.isLeader(me, g)) {
            throw new AccessDeniedException("another member's task");
        }
        t.checkVersion(version);
        if (status == null) {
            throw new InvalidInputException("status", "validation.required");
        }
        String before = t.describe();
        t.status(status, GroupService.today());
        tasks.saveAndFlush(t);
        events.publishEvent(GroupWorkActivity.task(t, false));
        publish(AuditEvent.Action.UPDATE, TASK_TYPE, t.getId(),
                Message.of("audit.task.status", g.name(), t.title(), Message.of(status.messageKey())), before, t.describe());
        return t.getVersion();
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public void deleteTask(long id, long version) {
        GroupTask t = task(id);
        TopicGroup g = manage(t.groupId());
        t.checkVersion(version);
        String before = t.describe();
        tasks.delete(t);
        tasks.flush();
        events.publishEvent(GroupWorkActivity.task(t, true));
        publish(AuditEvent.Action.DELETE, TASK_TYPE, t.getId(), Message.of("audit.task.deleted", g.name(), t.title()),
                before, null);
    }

    // ---- findings and the report -------------------------------------------------------------

    @PreAuthorize(Roles.ANY_ROLE)
    public List<FindingRow> findings(long groupId) {
        work(groupId);
        List<Finding> found = findings.findByGroupIdOrderByCreatedAtDescIdDesc(groupId);
        Set<String> people = new HashSet<>();
        found.forEach(f -> {
            people.add(f.author());
            people.add(f.suggestedBy());
        });
        Map<String, PersonName> names = accounts.names(people);
        return found.stream().map(f -> f.toRow(names)).toList();
    }

    /** Any member records a finding. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long addFinding(long groupId, String title, String body) {
        TopicGroup g = work(groupId);
        requireNotArchived(g);
        InputRules.checker().text("title", title, true, FINDING_TITLE_MAX).multiline("body", body, true, FINDING_MAX).throwIfAny();
        Finding f = findings.saveAndFlush(new Finding(groupId, title, body, currentUser.username()));
        events.publishEvent(GroupWorkActivity.finding(f, currentUser.require().deputyId()));
        publish(AuditEvent.Action.CREATE, FINDING_TYPE, f.getId(),
                Message.of("audit.finding.created", g.name(), f.title()), null, null);
        return f.getId();
    }

    /**
     * Turns a finding into a draft suggestion (建议草稿): the leader or the office. The opinions
     * module will take these over as real suggestions.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long markSuggestion(long findingId, long version) {
        Finding f = findings.findById(findingId).orElseThrow(() -> new NotFoundException(FINDING_TYPE, findingId));
        TopicGroup g = manage(f.groupId());
        f.checkVersion(version);
        if (f.suggestion()) {
            throw new InvalidInputException(null, "finding.already-suggestion");
        }
        f.markSuggestion(currentUser.username());
        findings.saveAndFlush(f);
        publish(AuditEvent.Action.UPDATE, FINDING_TYPE, f.getId(),
                Message.of("audit.finding.suggested", g.name(), f.title()), "suggestion=false", "suggestion=true");
        return f.getVersion();
    }

    /**
     * A finding quoted as the source of a public opinion: for those who may see the group's work
     * (its members, the office), as for {@link #findings}.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    public FindingSource findingSource(long findingId) {
        Finding f = findings.findById(findingId).orElseThrow(() -> new NotFoundException(FINDING_TYPE, findingId));
        TopicGroup g;
        try {
            g = work(f.groupId());
        } catch (AccessDeniedException e) {
            // A finding of a group he may not work in does not exist for him.
            throw new NotFoundException(FINDING_TYPE, findingId);
        }
        return new FindingSource(f.getId(), g.getId(), g.name(), f.title(), f.body());
    }

    /**
     * For the opinions module only, inside the transaction that drafts a suggestion: links the
     * finding to that suggestion (and marks it suggested if it was not yet). The opinions module
     * has checked the drafter's right to the finding; this method checks nothing beyond the ids,
     * so it must be called from nowhere else.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void markFindingSuggested(long findingId, long suggestionId) {
        Finding f = findings.findById(findingId).orElseThrow(() -> new NotFoundException(FINDING_TYPE, findingId));
        f.linkSuggestion(suggestionId, currentUser.username());
        findings.saveAndFlush(f);
        TopicGroup g = groups.find(f.groupId());
        publish(AuditEvent.Action.UPDATE, FINDING_TYPE, f.getId(),
                Message.of("audit.finding.suggested", g.name(), f.title()), null, "suggestionId=" + suggestionId);
    }

    /** Saves the research report: the leader or the office, on the group's current version. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long saveReport(long groupId, long version, String report) {
        TopicGroup g = manage(groupId);
        requireNotArchived(g);
        g.checkVersion(version);
        InputRules.checker().multiline("report", report, false, REPORT_MAX).throwIfAny();
        String before = g.report() == null ? null : "length=" + g.report().length();
        g.report(report, currentUser.username());
        groupRepository.saveAndFlush(g);
        events.publishEvent(GroupWorkActivity.report(g));
        publish(AuditEvent.Action.UPDATE, GroupService.TYPE, g.getId(),
                Message.of("audit.group.report-saved", g.name()), before,
                g.report() == null ? null : "length=" + g.report().length());
        return g.getVersion();
    }

    // ---- private ---------------------------------------------------------------------------

    private TopicGroup work(long groupId) {
        SilianUser me = currentUser.require();
        TopicGroup g = groups.visible(groupId, me);
        access.requireWork(me, g, groups.topic(g));
        return g;
    }

    private TopicGroup manage(long groupId) {
        SilianUser me = currentUser.require();
        TopicGroup g = groups.visible(groupId, me);
        access.requireManage(me, g);
        return g;
    }

    private GroupTask task(long id) {
        return tasks.findById(id).orElseThrow(() -> new NotFoundException(TASK_TYPE, id));
    }

    private void requireNotArchived(TopicGroup g) {
        TopicStatus status = groups.topic(g).status();
        if (status == TopicStatus.ARCHIVED || status == TopicStatus.REJECTED) {
            throw new InvalidInputException(null, "topic.archived");
        }
    }

    private void checkMilestone(TopicGroup g, String title, LocalDate dueOn, boolean dateChanged) {
        requireNotArchived(g);
        Topic topic = groups.topic(g);
        InputRules.checker()
                .text("title", title, true, MILESTONE_TITLE_MAX)
                .check("dueOn", dueDate(dueOn, dateChanged, topic))
                .throwIfAny();
    }

    private void checkTask(TopicGroup g, TaskDraft d, boolean dateChanged) {
        requireNotArchived(g);
        Topic topic = groups.topic(g);
        InputRules.Checker checker = InputRules.checker()
                .text("title", d.getTitle(), true, TASK_TITLE_MAX)
                .multiline("description", d.getDescription(), false, DESCRIPTION_MAX)
                .check("dueOn", dueDate(d.getDueOn(), dateChanged, topic))
                .check("assignee", d.getAssigneeId() == null ? "validation.required"
                        : members.currentOf(g.getId(), d.getAssigneeId()).isEmpty() ? "task.assignee.not-member" : null);
        if (d.getMilestoneId() != null && milestones.findById(d.getMilestoneId())
                .filter(m -> Objects.equals(m.groupId(), g.getId())).isEmpty()) {
            checker.check("milestone", "validation.unknown");
        }
        checker.throwIfAny();
    }

    /** A due date is required, within the topic's period, and not in the past when set anew. */
    private static String dueDate(LocalDate dueOn, boolean dateChanged, Topic topic) {
        if (dueOn == null) {
            return "validation.required";
        }
        if (dueOn.isAfter(topic.endsOn())) {
            return "work.due.after-topic";
        }
        if (dateChanged && dueOn.isBefore(GroupService.today())) {
            return "validation.date-past";
        }
        return null;
    }

    private List<TaskRow> rows(List<GroupTask> found, Map<Long, GroupHeading> groupsById) {
        Map<Long, String> names = deputies.namesOf(found.stream().map(GroupTask::assigneeId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        LocalDate today = GroupService.today();
        return found.stream().map(t -> {
            GroupHeading g = groupsById.get(t.groupId());
            return new TaskRow(t.getId(), t.groupId(), g.name(), g.topicTitle(), t.title(), t.description(),
                    t.assigneeId(), names.get(t.assigneeId()), t.milestoneId(), t.dueOn(), t.status(), t.doneOn(),
                    t.overdue(today), t.getVersion());
        }).toList();
    }

    private void publish(AuditEvent.Action action, String type, Long id, Message summary, String before, String after) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, type, String.valueOf(id), summary, before, after));
    }
}
