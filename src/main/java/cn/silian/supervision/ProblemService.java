package cn.silian.supervision;

import cn.silian.opinions.OpinionsClock;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.WorkCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Problems the group finds in a project, sent to its department with a deadline (15 working days
 * unless set): the department answers, the lead rates the answer; an unsatisfactory first answer
 * sends the problem back once with a fresh deadline, as a suggestion's handling is.
 */
@Service
@Transactional(readOnly = true)
public class ProblemService {

    static final String TYPE = "SupervisionProblem";
    public static final int TEXT_MAX = 2000;
    public static final int DEFAULT_WORKING_DAYS = 15;
    static final String RAISERS = "hasAnyRole('OFFICE','ADMIN','DEPUTY')";
    static final String ANSWERERS = "hasAnyRole('OFFICE','ADMIN','UNIT')";

    private final SupervisionProblemRepository problems;
    private final SupervisionService projects;
    private final SupervisionAccess access;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;

    ProblemService(SupervisionProblemRepository problems, SupervisionService projects, SupervisionAccess access, WorkCalendar calendar,
                   ApplicationEventPublisher events) {
        this.problems = problems;
        this.projects = projects;
        this.access = access;
        this.calendar = calendar;
        this.events = events;
    }

    /** The deadline a new problem gets when none is chosen. */
    @PreAuthorize(RAISERS)
    public LocalDate defaultDue() {
        return calendar.plusWorkingDays(OpinionsClock.today(), DEFAULT_WORKING_DAYS);
    }

    /** The group (lead or member) or the office records a problem; returns its id. */
    @PreAuthorize(RAISERS)
    @Transactional
    public long raise(long projectId, String text, LocalDate dueOn) {
        SupervisedProject p = projects.find(projectId);
        access.require(access.mayRaise(p), "problem of another group's project");
        LocalDate today = OpinionsClock.today();
        InputRules.checker().multiline("problem", text, true, TEXT_MAX)
                .check("dueOn", dueOn != null && dueOn.isBefore(today) ? "supervision.problem.due-past" : null)
                .throwIfAny();
        LocalDate due = dueOn == null ? defaultDue() : dueOn;
        SupervisionProblem saved = problems.saveAndFlush(new SupervisionProblem(projectId, text.strip(), due, access.me().getUsername(),
                OpinionsClock.now()));
        audit(saved, AuditEvent.Action.CREATE, "audit.supervision.problem-raised", null, "state=OPEN due=" + due, p.title());
        return saved.getId();
    }

    /** The department (its account, or the office for it) answers; returns the problem's new version. */
    @PreAuthorize(ANSWERERS)
    @Transactional
    public long answer(long problemId, long version, String text) {
        SupervisionProblem x = find(problemId);
        SupervisedProject p = projects.find(x.supervisedId());
        access.require(access.mayReport(p), "problem of another department's project");
        x.checkVersion(version);
        if (!x.awaitsAnswer()) {
            throw new InvalidInputException(null, "supervision.problem.not-awaiting");
        }
        InputRules.checker().multiline("answer", text, true, TEXT_MAX).throwIfAny();
        String before = "state=" + x.state();
        x.answer(text.strip(), access.me().getUsername(), OpinionsClock.now());
        problems.saveAndFlush(x);
        audit(x, AuditEvent.Action.UPDATE, "audit.supervision.problem-answered", before, "state=" + x.state(), p.title());
        return x.getVersion();
    }

    /** The lead (or the office) rates the answer; returns the problem's new version. */
    @PreAuthorize(RAISERS)
    @Transactional
    public long rateAnswer(long problemId, long version, boolean satisfied) {
        SupervisionProblem x = find(problemId);
        SupervisedProject p = projects.find(x.supervisedId());
        access.require(access.mayRateAnswer(p), "only the group's lead rates an answer");
        x.checkVersion(version);
        if (x.state() != ProblemState.ANSWERED) {
            throw new InvalidInputException(null, "supervision.problem.not-answered");
        }
        String before = "state=" + x.state();
        x.rate(satisfied, defaultDue(), OpinionsClock.now());
        problems.saveAndFlush(x);
        audit(x, AuditEvent.Action.UPDATE, "audit.supervision.problem-rated", before,
                "state=" + x.state() + " satisfied=" + satisfied, p.title());
        return x.getVersion();
    }

    private SupervisionProblem find(long id) {
        return problems.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private void audit(SupervisionProblem x, AuditEvent.Action action, String key, String before, String after, Object... args) {
        events.publishEvent(new AuditEvent(access.me().getUsername(), action, TYPE, String.valueOf(x.getId()),
                Message.of(key, args), before, after));
    }
}
