package cn.silian.topics;

import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Edit;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.Pages;
import cn.silian.shared.PersonName;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The year's theme and its research topics. The office sets the theme and runs every topic;
 * deputies and street staff propose topics and see the published ones ("two ups, two downs":
 * a proposal goes up, the office returns it with comments, the revision goes up again, the
 * office approves or rejects it, and every review comment is kept).
 */
@Service
@Transactional(readOnly = true)
public class TopicService {

    static final String TYPE = "Topic";
    static final String THEME_TYPE = "Theme";
    public static final int TITLE_MAX = 100;
    public static final int TEXT_MAX = 2000;
    public static final int COMMENT_MAX = 1000;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final ThemeRepository themes;
    private final TopicRepository topics;
    private final TopicReviewRepository reviews;
    private final TopicGroupRepository groups;
    private final GroupMemberRepository members;
    private final GroupTaskRepository tasks;
    private final MilestoneRepository milestones;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    TopicService(ThemeRepository themes, TopicRepository topics, TopicReviewRepository reviews,
                 TopicGroupRepository groups, GroupMemberRepository members, GroupTaskRepository tasks,
                 MilestoneRepository milestones, AccountService accounts, CurrentUser currentUser,
                 ApplicationEventPublisher events) {
        this.themes = themes;
        this.topics = topics;
        this.reviews = reviews;
        this.groups = groups;
        this.members = members;
        this.tasks = tasks;
        this.milestones = milestones;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Years that have a theme or a topic, newest first, always including this year. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.add(LocalDate.now(Formats.ZONE).getYear());
        themes.findAllByOrderByYearDesc().forEach(t -> years.add(t.year()));
        years.addAll(topics.years());
        return List.copyOf(years);
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public Optional<ThemeRow> theme(int year) {
        return themes.findByYear(year).map(TopicService::row);
    }

    /**
     * Sets the year's theme: creates it when {@code version} is {@code null}, else edits the copy
     * of that version. One theme a year.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public ThemeRow setTheme(int year, Long version, String title, String description) {
        InputRules.checker()
                .check("year", year < FIRST_YEAR || year > LAST_YEAR ? "validation.year-range" : null, FIRST_YEAR, LAST_YEAR)
                .text("title", title, true, TITLE_MAX)
                .multiline("description", description, false, TEXT_MAX)
                .throwIfAny();
        Optional<Theme> existing = themes.findByYear(year);
        Theme theme;
        if (existing.isPresent()) {
            theme = existing.get();
            theme.checkVersion(version == null ? -1 : version);
            String before = theme.title();
            theme.apply(title, description);
            themes.saveAndFlush(theme);
            publish(AuditEvent.Action.UPDATE, THEME_TYPE, theme.getId(),
                    Message.of("audit.theme.changed", year, theme.title()), before, theme.title());
        } else {
            if (version != null) {
                throw new cn.silian.shared.ConcurrentEditException(THEME_TYPE, year);
            }
            theme = themes.saveAndFlush(new Theme(year, title, description));
            publish(AuditEvent.Action.CREATE, THEME_TYPE, theme.getId(),
                    Message.of("audit.theme.created", year, theme.title()), null, theme.title());
        }
        return row(theme);
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public Slice<TopicSummary> page(TopicFilter filter, Pageable pageable) {
        SilianUser me = currentUser.require();
        Pageable sorted = Pages.sorted(pageable, Sort.by(Sort.Direction.DESC, "year").and(Sort.by("startsOn")));
        Slice<Topic> page = topics.findBy(spec(filter, me), q -> q.slice(sorted));
        Map<Long, TopicSummary> rows = summaries(page.getContent());
        return page.map(t -> rows.get(t.getId()));
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public long count(TopicFilter filter) {
        return topics.count(spec(filter, currentUser.require()));
    }

    /** A topic the caller may see; one he may not see does not exist for him. */
    @PreAuthorize(Roles.ANY_ROLE)
    public TopicDetails get(long id) {
        SilianUser me = currentUser.require();
        Topic t = visible(id, me);
        String theme = themes.findByYear(t.year()).map(Theme::title).orElse(null);
        return new TopicDetails(summaries(List.of(t)).get(t.getId()), t.background(), t.goals(), t.proposedBy(), theme,
                t.getVersion(), me.isOfficeOrAdmin(), revisable(t, me));
    }

    /** The stored values for the form: the office, or the proposer of a returned proposal. */
    @PreAuthorize(Roles.ANY_ROLE)
    public Edit<TopicDraft> edit(long id) {
        SilianUser me = currentUser.require();
        Topic t = visible(id, me);
        if (!me.isOfficeOrAdmin() && !revisable(t, me)) {
            throw new AccessDeniedException("not the topic's office or returned proposer");
        }
        return new Edit<>(id, t.getVersion(), t.toDraft());
    }

    /** The review trail, for the office and the proposer. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<ReviewRow> reviews(long id) {
        SilianUser me = currentUser.require();
        Topic t = visible(id, me);
        if (!me.isOfficeOrAdmin() && !t.proposedBy().equals(me.getUsername())) {
            return List.of();
        }
        List<TopicReview> trail = reviews.findByTopicIdOrderByReviewedAtAscIdAsc(id);
        Map<String, PersonName> names = accounts.names(trail.stream().map(TopicReview::reviewer).toList());
        return trail.stream().map(r -> r.toRow(names)).toList();
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long create(TopicDraft draft) {
        validate(draft, null);
        Topic topic = topics.saveAndFlush(new Topic(draft, TopicStatus.DRAFT, currentUser.username(), null, null));
        publish(AuditEvent.Action.CREATE, TYPE, topic.getId(), Message.of("audit.topic.created", topic.title()), null,
                topic.describe());
        return topic.getId();
    }

    /** A deputy's or a street committee's proposal, for the office to review. */
    @PreAuthorize("hasAnyRole('DEPUTY','STREET_STAFF')")
    @Transactional
    public long propose(TopicDraft draft) {
        SilianUser me = currentUser.require();
        validate(draft, null);
        Topic topic = topics.saveAndFlush(new Topic(draft, TopicStatus.PROPOSED, me.getUsername(),
                me.is(Role.DEPUTY) ? me.deputyId() : null, me.is(Role.STREET_STAFF) ? me.streetId() : null));
        publish(AuditEvent.Action.CREATE, TYPE, topic.getId(), Message.of("audit.topic.proposed", topic.title()),
                null, topic.describe());
        return topic.getId();
    }

    /**
     * Saves an edit. The office edits any topic not yet archived; the proposer revises a
     * returned proposal, which goes back to the office for review.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long update(long id, long version, TopicDraft draft) {
        SilianUser me = currentUser.require();
        Topic topic = visible(id, me);
        boolean resubmission = !me.isOfficeOrAdmin() && revisable(topic, me);
        if (!me.isOfficeOrAdmin() && !resubmission) {
            throw new AccessDeniedException("not the topic's office or returned proposer");
        }
        if (topic.status() == TopicStatus.ARCHIVED) {
            throw new cn.silian.shared.InvalidInputException(null, "topic.archived");
        }
        topic.checkVersion(version);
        validate(draft, topic);
        String before = topic.describe();
        topic.apply(draft);
        if (resubmission) {
            topic.moveTo(TopicStatus.PROPOSED);
        }
        topics.saveAndFlush(topic);
        publish(AuditEvent.Action.UPDATE, TYPE, topic.getId(), Message.of("audit.topic.changed", topic.title()),
                before, topic.describe());
        return topic.getVersion();
    }

    /** The office's decision on a proposal; returning or rejecting it needs a comment. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long review(long id, long version, ReviewDecision decision, String comment) {
        Topic topic = find(id);
        topic.checkVersion(version);
        InputRules.Checker checker = InputRules.checker()
                .check("decision", decision == null ? "validation.required" : null)
                .multiline("comment", comment, decision != null && decision != ReviewDecision.APPROVE, COMMENT_MAX);
        if (topic.status() != TopicStatus.PROPOSED) {
            checker.check(null, "topic.review.not-proposed");
        }
        checker.throwIfAny();
        String before = topic.describe();
        topic.moveTo(switch (decision) {
            case APPROVE -> TopicStatus.DRAFT;
            case RETURN -> TopicStatus.RETURNED;
            case REJECT -> TopicStatus.REJECTED;
        });
        reviews.save(new TopicReview(topic.getId(), currentUser.username(), decision, InputRules.clean(comment)));
        topics.saveAndFlush(topic);
        publish(AuditEvent.Action.UPDATE, TYPE, topic.getId(),
                Message.of("audit.topic.reviewed", topic.title(), Message.of(decision.messageKey())), before,
                topic.describe());
        return topic.getVersion();
    }

    /** Moves a topic along its life (draft → open → in progress → concluded → archived). */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long changeStatus(long id, long version, TopicStatus target) {
        Topic topic = find(id);
        topic.checkVersion(version);
        if (target == null || !topic.status().next().contains(target)) {
            throw new cn.silian.shared.InvalidInputException("status", "topic.status.not-allowed");
        }
        String before = topic.describe();
        topic.moveTo(target);
        topics.saveAndFlush(topic);
        publish(AuditEvent.Action.UPDATE, TYPE, topic.getId(),
                Message.of("audit.topic.status", topic.title(), Message.of(target.messageKey())), before, topic.describe());
        return topic.getVersion();
    }

    Topic find(long id) {
        return topics.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    Topic visible(long id, SilianUser me) {
        Topic t = find(id);
        if (!maysee(t, me)) {
            throw new NotFoundException(TYPE, id);
        }
        return t;
    }

    static boolean maysee(Topic t, SilianUser me) {
        return me.isOfficeOrAdmin() || t.status().published() || t.proposedBy().equals(me.getUsername());
    }

    private static boolean revisable(Topic t, SilianUser me) {
        return t.status() == TopicStatus.RETURNED && t.proposedBy().equals(me.getUsername());
    }

    private void validate(TopicDraft d, Topic self) {
        InputRules.Checker checker = InputRules.checker()
                .text("title", d.getTitle(), true, TITLE_MAX)
                .multiline("background", d.getBackground(), false, TEXT_MAX)
                .multiline("goals", d.getGoals(), false, TEXT_MAX)
                .text("leadOffice", d.getLeadOffice(), false, TITLE_MAX)
                .check("startsOn", d.getStartsOn() == null ? "validation.required" : null)
                .check("endsOn", d.getEndsOn() == null ? "validation.required"
                        : d.getStartsOn() != null && d.getEndsOn().isBefore(d.getStartsOn()) ? "validation.end-before-start" : null);
        if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
            checker.check("year", "validation.year-range", FIRST_YEAR, LAST_YEAR);
        } else if (themes.findByYear(d.getYear()).isEmpty()) {
            checker.check("year", "topic.theme.missing", d.getYear());
        }
        if (self != null && d.getEndsOn() != null && tasks.anyDueAfterInTopic(self.getId(), d.getEndsOn())) {
            checker.check("endsOn", "topic.period.work-after-end");
        }
        checker.throwIfAny();
    }

    private Map<Long, TopicSummary> summaries(List<Topic> found) {
        List<Long> ids = found.stream().map(Topic::getId).toList();
        Map<Long, Long> groupCounts = ids.isEmpty() ? Map.of() : counts(groups.countByTopic(ids));
        Map<Long, Long> memberCounts = ids.isEmpty() ? Map.of() : counts(members.countByTopic(ids));
        Map<Long, Progress> progress = new HashMap<>();
        if (!ids.isEmpty()) {
            Progresses.add(progress, tasks.progressByTopic(ids));
            Progresses.add(progress, milestones.progressByTopic(ids));
        }
        Map<Long, TopicSummary> rows = new HashMap<>();
        for (Topic t : found) {
            rows.put(t.getId(), new TopicSummary(t.getId(), t.year(), t.title(), t.status(), t.startsOn(), t.endsOn(),
                    t.leadOffice(), t.expertise(), groupCounts.getOrDefault(t.getId(), 0L),
                    memberCounts.getOrDefault(t.getId(), 0L), progress.getOrDefault(t.getId(), Progress.NONE)));
        }
        return rows;
    }

    private static Specification<Topic> spec(TopicFilter filter, SilianUser me) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (!me.isOfficeOrAdmin()) {
                p.add(cb.or(root.get("status").in(TopicStatus.PUBLISHED), cb.equal(root.get("proposedBy"), me.getUsername())));
            }
            if (filter.year() != null) {
                p.add(cb.equal(root.get("year"), filter.year()));
            }
            if (filter.status() != null) {
                p.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.expertise() != null) {
                p.add(cb.isMember(filter.expertise(), root.get("expertise")));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = Pages.contains(filter.text());
                p.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("leadOffice")), like, '\\')));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private static ThemeRow row(Theme t) {
        return new ThemeRow(t.getId(), t.year(), t.title(), t.description(), t.getVersion());
    }

    private void publish(AuditEvent.Action action, String type, Long id, Message summary, String before, String after) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, type, String.valueOf(id), summary, before, after));
    }
}
