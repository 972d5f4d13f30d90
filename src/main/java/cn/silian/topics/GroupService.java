package cn.silian.topics;

import cn.silian.people.DeputyService;
import cn.silian.people.DeputySummary;
import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Edit;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.Pages;
import cn.silian.shared.PersonName;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Topic groups (分类编组) and their members: the grouping assistant, join requests and the
 * membership history. Every method checks the caller's right to the group it touches.
 */
@Service
@Transactional(readOnly = true)
public class GroupService {

    static final String TYPE = "TopicGroup";
    static final String MEMBER_TYPE = "GroupMember";
    static final String REQUEST_TYPE = "JoinRequest";
    public static final int NAME_MAX = 100;
    public static final int FOCUS_MAX = 500;
    public static final int MESSAGE_MAX = 500;
    public static final int MAX_GROUP_SIZE = 200;

    private final TopicGroupRepository groups;
    private final TopicRepository topics;
    private final GroupMemberRepository members;
    private final JoinRequestRepository requests;
    private final GroupTaskRepository tasks;
    private final MilestoneRepository milestones;
    private final GroupAccess access;
    private final DeputyService deputies;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    GroupService(TopicGroupRepository groups, TopicRepository topics, GroupMemberRepository members,
                 JoinRequestRepository requests, GroupTaskRepository tasks, MilestoneRepository milestones,
                 GroupAccess access, DeputyService deputies, AccountService accounts, CurrentUser currentUser,
                 ApplicationEventPublisher events) {
        this.groups = groups;
        this.topics = topics;
        this.members = members;
        this.requests = requests;
        this.tasks = tasks;
        this.milestones = milestones;
        this.access = access;
        this.deputies = deputies;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    // ---- lists and pages -------------------------------------------------------------------

    @PreAuthorize(Roles.ANY_ROLE)
    public Slice<GroupSummary> page(GroupFilter filter, Pageable pageable) {
        SilianUser me = currentUser.require();
        Pageable sorted = Pages.sorted(pageable, Sort.by(Sort.Direction.DESC, "topicId").and(Sort.by("name")));
        Slice<TopicGroup> page = groups.findBy(spec(filter, me), q -> q.slice(sorted));
        Map<Long, GroupSummary> rows = summaries(page.getContent());
        return page.map(g -> rows.get(g.getId()));
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public long count(GroupFilter filter) {
        return groups.count(spec(filter, currentUser.require()));
    }

    /** A group the caller may see, with his rights in it; one he may not see does not exist for him. */
    @PreAuthorize(Roles.ANY_ROLE)
    public GroupDetails get(long id) {
        SilianUser me = currentUser.require();
        TopicGroup g = visible(id, me);
        Topic t = topic(g);
        GroupRights rights = access.rights(me, g, t);
        LocalDate today = today();
        long overdue = rights.seeWork() ? tasks.overdue(id, today) + milestones.overdue(id, today) : 0;
        return new GroupDetails(summaries(List.of(g)).get(id), t.startsOn(), t.endsOn(), g.getVersion(), rights,
                rights.seeWork() ? g.report() : null, rights.seeWork() ? g.reportUpdatedAt() : null,
                rights.seeWork() ? accounts.name(g.reportUpdatedBy()) : null, overdue);
    }

    /** Current members, leader first. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<MemberRow> members(long id) {
        SilianUser me = currentUser.require();
        TopicGroup g = visible(id, me);
        return rows(members.current(id), g);
    }

    /** Every membership the group ever had, newest first: for its leader and the office. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<MemberRow> history(long id) {
        SilianUser me = currentUser.require();
        TopicGroup g = visible(id, me);
        access.requireManage(me, g);
        return rows(members.history(id), g);
    }

    /** The caller's current groups, for his home page. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<MyGroup> myGroups() {
        SilianUser me = currentUser.require();
        if (me.deputyId() == null) {
            return List.of();
        }
        List<Long> ids = members.currentFor(me.deputyId()).stream().map(GroupMember::groupId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // names and topics as plain values: the home page needs neither entity nor expertise
        List<GroupHeading> found = groups.headings(ids);
        Map<Long, Progress> progress = progress(ids);
        Map<Long, Long> openTasks = new HashMap<>();
        tasks.openCountsOf(ids, me.deputyId()).forEach(r -> openTasks.put((Long) r[0], (Long) r[1]));
        return found.stream()
                .sorted(Comparator.comparingLong(GroupHeading::id).reversed())
                .map(g -> new MyGroup(g.id(), g.name(), g.topicTitle(), g.topicStatus(), GroupAccess.leads(me, g.leaderId()),
                        progress.getOrDefault(g.id(), Progress.NONE), openTasks.getOrDefault(g.id(), 0L)))
                .toList();
    }

    /**
     * The groups whose work the caller sees (he leads or belongs to them), for filtering search
     * results; the office sees every group's work and is not asked.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    public Set<Long> workspacesOfCaller() {
        SilianUser me = currentUser.require();
        if (me.deputyId() == null) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>(groups.idsLedBy(me.deputyId()));
        members.currentFor(me.deputyId()).forEach(m -> ids.add(m.groupId()));
        return ids;
    }

    /** A person's memberships over the years: the person himself and the office. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<MembershipRow> historyOf(long deputyId) {
        SilianUser me = currentUser.require();
        if (!me.isOfficeOrAdmin() && !Objects.equals(me.deputyId(), deputyId)) {
            throw new AccessDeniedException("another person's memberships");
        }
        List<GroupMember> found = members.historyFor(deputyId);
        Map<Long, TopicGroup> byId = groups.findAllById(found.stream().map(GroupMember::groupId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(TopicGroup::getId, Function.identity()));
        Map<Long, Topic> topicsById = topicsOf(byId.values());
        return found.stream().map(m -> {
            TopicGroup g = byId.get(m.groupId());
            return new MembershipRow(g.getId(), g.name(), topicsById.get(g.topicId()).title(), m.how(), m.joinedOn(),
                    m.leftOn(), m.current() && Objects.equals(g.leaderId(), deputyId));
        }).toList();
    }

    // ---- groups ----------------------------------------------------------------------------

    @PreAuthorize(Roles.ANY_ROLE)
    public Edit<GroupDraft> edit(long id) {
        SilianUser me = currentUser.require();
        TopicGroup g = visible(id, me);
        access.requireManage(me, g);
        return new Edit<>(id, g.getVersion(), g.toDraft());
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long create(long topicId, GroupDraft draft) {
        Topic topic = findTopic(topicId);
        requireFormable(topic);
        validate(draft, topicId, null);
        TopicGroup g = groups.saveAndFlush(new TopicGroup(topicId, draft));
        publish(AuditEvent.Action.CREATE, TYPE, g.getId(), Message.of("audit.group.created", g.name()), null, g.describe());
        return g.getId();
    }

    /** Name, focus and whether it takes join requests: its leader or the office. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long update(long id, long version, GroupDraft draft) {
        SilianUser me = currentUser.require();
        TopicGroup g = visible(id, me);
        access.requireManage(me, g);
        g.checkVersion(version);
        validate(draft, g.topicId(), g.getId());
        String before = g.describe();
        g.apply(draft);
        groups.saveAndFlush(g);
        publish(AuditEvent.Action.UPDATE, TYPE, g.getId(), Message.of("audit.group.changed", g.name()), before,
                g.describe());
        return g.getVersion();
    }

    /** Chooses the leader (组长): the office, and only among current members. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long setLeader(long id, long version, Long deputyId) {
        TopicGroup g = find(id);
        g.checkVersion(version);
        if (deputyId != null && members.currentOf(id, deputyId).isEmpty()) {
            throw new InvalidInputException("leader", "group.leader.not-member");
        }
        String before = g.describe();
        g.leader(deputyId);
        groups.saveAndFlush(g);
        publish(AuditEvent.Action.UPDATE, TYPE, g.getId(), Message.of("audit.group.leader-changed", g.name()), before,
                g.describe());
        return g.getVersion();
    }

    // ---- members ---------------------------------------------------------------------------

    /** The office adds a person directly. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public void addMember(long id, long deputyId) {
        TopicGroup g = find(id);
        requireFormable(topic(g));
        join(g, deputyId, JoinedHow.DIRECT);
    }

    /** The leader or the office removes a member; the leader himself only after another is chosen. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public void removeMember(long id, long deputyId) {
        SilianUser me = currentUser.require();
        TopicGroup g = visible(id, me);
        access.requireManage(me, g);
        if (Objects.equals(g.leaderId(), deputyId)) {
            throw new InvalidInputException(null, "group.leader.remove");
        }
        leave(g, deputyId);
    }

    /** A member leaves; the leader must hand over first. */
    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public void leave(long id) {
        SilianUser me = currentUser.require();
        TopicGroup g = visible(id, me);
        if (GroupAccess.isLeader(me, g)) {
            throw new InvalidInputException(null, "group.leader.leave");
        }
        leave(g, me.deputyId());
    }

    // ---- join requests ---------------------------------------------------------------------

    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public long requestJoin(long id, String message) {
        SilianUser me = currentUser.require();
        TopicGroup g = visible(id, me);
        Topic t = topic(g);
        InputRules.Checker checker = InputRules.checker().multiline("message", message, false, MESSAGE_MAX);
        if (!g.openForJoining() || !t.status().running()) {
            checker.check(null, "group.join.closed");
        } else if (members.currentOf(id, me.deputyId()).isPresent()) {
            checker.check(null, "group.member.already");
        } else if (requests.pendingOf(id, me.deputyId()).isPresent()) {
            checker.check(null, "group.join.pending");
        }
        checker.throwIfAny();
        JoinRequest r = requests.saveAndFlush(new JoinRequest(id, me.deputyId(), InputRules.clean(message)));
        publish(AuditEvent.Action.CREATE, REQUEST_TYPE, r.getId(), Message.of("audit.join.requested", g.name()), null,
                "deputy=" + me.deputyId());
        return r.getId();
    }

    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public void withdraw(long requestId) {
        SilianUser me = currentUser.require();
        JoinRequest r = requests.findById(requestId).filter(x -> Objects.equals(x.deputyId(), me.deputyId()))
                .orElseThrow(() -> new NotFoundException(REQUEST_TYPE, requestId));
        if (r.status() != JoinStatus.PENDING) {
            throw new InvalidInputException(null, "group.join.decided");
        }
        r.decide(JoinStatus.WITHDRAWN, me.getUsername(), null);
        requests.saveAndFlush(r);
        publish(AuditEvent.Action.UPDATE, REQUEST_TYPE, r.getId(), Message.of("audit.join.withdrawn"),
                "PENDING", "WITHDRAWN");
    }

    /** Pending requests: for the group's leader and the office. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<JoinRequestRow> pending(long id) {
        SilianUser me = currentUser.require();
        TopicGroup g = visible(id, me);
        access.requireManage(me, g);
        List<JoinRequest> found = requests.pending(id);
        Map<Long, String> names = deputies.namesOf(found.stream().map(JoinRequest::deputyId).collect(Collectors.toSet()));
        return found.stream().map(r -> r.toRow(names.get(r.deputyId()))).toList();
    }

    /** The leader or the office accepts or declines; nobody decides his own request. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public void decide(long requestId, long version, boolean accept, String note) {
        SilianUser me = currentUser.require();
        JoinRequest r = requests.findById(requestId).orElseThrow(() -> new NotFoundException(REQUEST_TYPE, requestId));
        TopicGroup g = visible(r.groupId(), me);
        access.requireManage(me, g);
        if (Objects.equals(r.deputyId(), me.deputyId())) {
            throw new AccessDeniedException("own join request");
        }
        r.checkVersion(version);
        InputRules.Checker checker = InputRules.checker().multiline("note", note, false, MESSAGE_MAX);
        if (r.status() != JoinStatus.PENDING) {
            checker.check(null, "group.join.decided");
        }
        checker.throwIfAny();
        r.decide(accept ? JoinStatus.ACCEPTED : JoinStatus.DECLINED, me.getUsername(), InputRules.clean(note));
        requests.saveAndFlush(r);
        if (accept) {
            join(g, r.deputyId(), JoinedHow.REQUEST);
        }
        publish(AuditEvent.Action.UPDATE, REQUEST_TYPE, r.getId(),
                Message.of("audit.join.decided", g.name(), Message.of(r.status().messageKey())), "PENDING",
                r.status().name());
    }

    // ---- the grouping assistant ------------------------------------------------------------

    /**
     * Proposes members for the wanted groups from the active people sharing the groups' focus,
     * leaving out people already in a group of this topic. Advice only: nothing is saved.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public GroupingProposal proposeGrouping(long topicId, List<GroupingAssistant.GroupSpec> specs) {
        Topic topic = findTopic(topicId);
        InputRules.Checker checker = InputRules.checker();
        if (specs == null || specs.isEmpty()) {
            checker.check("groups", "grouping.no-groups");
        } else {
            for (GroupingAssistant.GroupSpec spec : specs) {
                if (spec.size() < 1 || spec.size() > MAX_GROUP_SIZE) {
                    checker.check("size", "grouping.size-range", 1, MAX_GROUP_SIZE);
                }
            }
            if (specs.stream().map(GroupingAssistant.GroupSpec::key).distinct().count() < specs.size()) {
                checker.check("groups", "group.name.taken");
            }
        }
        checker.throwIfAny();
        Set<Expertise> tags = EnumSet.noneOf(Expertise.class);
        specs.forEach(s -> tags.addAll(s.focus().isEmpty() ? topic.expertise() : s.focus()));
        Set<Long> taken = new HashSet<>(members.currentInTopic(topicId));
        List<DeputySummary> pool = deputies.activeWithExpertise(tags).stream().filter(d -> !taken.contains(d.id())).toList();
        Map<Long, DeputySummary> byId = pool.stream().collect(Collectors.toMap(DeputySummary::id, Function.identity()));
        List<GroupingAssistant.Candidate> candidates = pool.stream()
                .map(d -> new GroupingAssistant.Candidate(d.id(), levels(d), d.streetId(), d.expertise())).toList();
        GroupingAssistant.Proposal proposal = GroupingAssistant.propose(specs, candidates);
        Map<String, List<ProposedMember>> result = new LinkedHashMap<>();
        proposal.members().forEach((key, placed) -> result.put(key,
                placed.stream().map(p -> proposed(byId.get(p.candidateId()), p.score())).toList()));
        return new GroupingProposal(result, proposal.unplaced().stream().map(id -> proposed(byId.get(id), 0)).toList());
    }

    /**
     * Saves the groups the office accepted, with their members and leaders, all or nothing.
     *
     * @return the new groups' ids, in the order given
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public List<Long> applyGrouping(long topicId, List<PlannedGroup> planned) {
        Topic topic = findTopic(topicId);
        requireFormable(topic);
        InputRules.Checker checker = InputRules.checker();
        if (planned == null || planned.isEmpty()) {
            checker.check("groups", "grouping.no-groups");
        }
        Set<Long> seen = new HashSet<>(members.currentInTopic(topicId));
        Set<String> names = new HashSet<>();
        for (PlannedGroup p : planned == null ? List.<PlannedGroup>of() : planned) {
            checker.text("name", p.name(), true, NAME_MAX).text("focus", p.focus(), false, FOCUS_MAX);
            if (p.name() != null && !p.name().isBlank()
                    && (!names.add(p.name().strip()) || groups.existsByTopicIdAndName(topicId, p.name().strip()))) {
                checker.check("name", "group.name.taken");
            }
            if (p.leaderId() != null && !p.memberIds().contains(p.leaderId())) {
                checker.check("leader", "group.leader.not-member");
            }
            for (Long id : p.memberIds()) {
                if (!seen.add(id)) {
                    checker.check(null, "grouping.person-twice", deputies.nameOf(id).orElse(String.valueOf(id)));
                }
            }
        }
        checker.throwIfAny();
        List<Long> ids = new ArrayList<>();
        for (PlannedGroup p : planned) {
            GroupDraft draft = new GroupDraft();
            draft.setName(p.name());
            draft.setFocus(p.focus());
            draft.setExpertise(p.expertise());
            TopicGroup g = groups.saveAndFlush(new TopicGroup(topicId, draft));
            Map<Long, DeputySummary> people = deputies.summaries(p.memberIds());
            for (Long id : p.memberIds()) {
                DeputySummary d = people.get(id);
                if (d == null) {
                    throw new InvalidInputException(null, "validation.unknown");
                }
                members.save(new GroupMember(g.getId(), id, d.streetId(), highest(d), JoinedHow.ASSISTANT, today(),
                        currentUser.username()));
            }
            g.leader(p.leaderId());
            groups.saveAndFlush(g);
            publish(AuditEvent.Action.CREATE, TYPE, g.getId(), Message.of("audit.group.created", g.name()), null,
                    g.describe() + ", members=" + p.memberIds());
            ids.add(g.getId());
        }
        members.flush();
        return ids;
    }

    // ---- for the other services of the module ---------------------------------------------

    TopicGroup find(long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    TopicGroup visible(long id, SilianUser me) {
        TopicGroup g = find(id);
        if (!access.mayView(me, g, topic(g))) {
            throw new NotFoundException(TYPE, id);
        }
        return g;
    }

    Topic topic(TopicGroup g) {
        return findTopic(g.topicId());
    }

    static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }

    // ---- private ---------------------------------------------------------------------------

    private Topic findTopic(long id) {
        return topics.findById(id).orElseThrow(() -> new NotFoundException(TopicService.TYPE, id));
    }

    /** Groups are formed and staffed while the topic is a draft, open or in progress. */
    private static void requireFormable(Topic t) {
        if (t.status() != TopicStatus.DRAFT && !t.status().running()) {
            throw new InvalidInputException(null, "group.topic-not-formable");
        }
    }

    private void join(TopicGroup g, long deputyId, JoinedHow how) {
        if (members.currentOf(g.getId(), deputyId).isPresent()) {
            throw new InvalidInputException("person", "group.member.already");
        }
        DeputySummary d = deputies.summaries(List.of(deputyId)).get(deputyId);
        if (d == null) {
            throw new InvalidInputException("person", "validation.unknown");
        }
        members.saveAndFlush(new GroupMember(g.getId(), deputyId, d.streetId(), highest(d), how, today(), currentUser.username()));
        requests.pendingOf(g.getId(), deputyId).ifPresent(r -> {
            r.decide(JoinStatus.ACCEPTED, currentUser.username(), null);
            requests.save(r);
        });
        publish(AuditEvent.Action.CREATE, MEMBER_TYPE, g.getId(),
                Message.of("audit.group.member-added", g.name(), d.name()), null,
                "deputy=" + deputyId + ", how=" + how);
    }

    private void leave(TopicGroup g, Long deputyId) {
        GroupMember m = members.currentOf(g.getId(), deputyId)
                .orElseThrow(() -> new InvalidInputException("person", "group.member.not"));
        m.leave(today(), currentUser.username());
        members.saveAndFlush(m);
        publish(AuditEvent.Action.DELETE, MEMBER_TYPE, g.getId(),
                Message.of("audit.group.member-removed", g.name(), deputyId), "deputy=" + deputyId, null);
    }

    private void validate(GroupDraft d, Long topicId, Long selfId) {
        InputRules.Checker checker = InputRules.checker()
                .text("name", d.getName(), true, NAME_MAX)
                .text("focus", d.getFocus(), false, FOCUS_MAX);
        if (d.getName() != null && !d.getName().isBlank()) {
            groups.findByTopicIdOrderByName(topicId).stream()
                    .filter(g -> g.name().equals(d.getName().strip()) && !Objects.equals(g.getId(), selfId))
                    .findAny().ifPresent(g -> checker.check("name", "group.name.taken"));
        }
        checker.throwIfAny();
    }

    private List<MemberRow> rows(List<GroupMember> found, TopicGroup g) {
        Map<Long, DeputySummary> people = deputies.summaries(found.stream().map(GroupMember::deputyId).collect(Collectors.toSet()));
        Map<String, PersonName> recorders = accounts.names(found.stream()
                .flatMap(m -> Stream.of(m.joinedBy(), m.leftBy())).filter(Objects::nonNull).collect(Collectors.toSet()));
        return found.stream()
                .sorted(Comparator.comparing((GroupMember m) -> !Objects.equals(m.deputyId(), g.leaderId())))
                .map(m -> {
                    DeputySummary d = people.get(m.deputyId());
                    return new MemberRow(m.deputyId(), d == null ? "" : d.name(), m.level(), d == null ? null : d.streetName(),
                            d == null ? Set.of() : d.expertise(), m.how(), m.joinedOn(), recorders.get(m.joinedBy()), m.leftOn(),
                            recorders.get(m.leftBy()), m.current() && Objects.equals(m.deputyId(), g.leaderId()));
                }).toList();
    }

    private Map<Long, GroupSummary> summaries(List<TopicGroup> found) {
        List<Long> ids = found.stream().map(TopicGroup::getId).toList();
        Map<Long, Topic> topicsById = topicsOf(found);
        Map<Long, String> leaders = deputies.namesOf(found.stream().map(TopicGroup::leaderId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, Map<Level, Long>> mixes = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] r : ids.isEmpty() ? List.<Object[]>of() : members.levelMix(ids)) {
            long n = ((Number) r[2]).longValue();
            counts.merge((Long) r[0], n, Long::sum);
            if (r[1] instanceof Level level) {
                mixes.computeIfAbsent((Long) r[0], k -> new EnumMap<>(Level.class)).put(level, n);
            }
        }
        Map<Long, Progress> progress = progress(ids);
        Map<Long, GroupSummary> rows = new HashMap<>();
        for (TopicGroup g : found) {
            Topic t = topicsById.get(g.topicId());
            rows.put(g.getId(), new GroupSummary(g.getId(), g.topicId(), t.title(), t.status(), g.name(), g.focus(),
                    g.expertise(), g.leaderId(), leaders.get(g.leaderId()), counts.getOrDefault(g.getId(), 0L),
                    mixes.getOrDefault(g.getId(), Map.of()), progress.getOrDefault(g.getId(), Progress.NONE),
                    g.openForJoining() && t.status().running()));
        }
        return rows;
    }

    private Map<Long, Topic> topicsOf(Collection<TopicGroup> found) {
        return topics.findAllById(found.stream().map(TopicGroup::topicId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Topic::getId, Function.identity()));
    }

    private Map<Long, Progress> progress(Collection<Long> ids) {
        Map<Long, Progress> progress = new HashMap<>();
        if (!ids.isEmpty()) {
            Progresses.add(progress, tasks.progress(ids));
            Progresses.add(progress, milestones.progress(ids));
        }
        return progress;
    }

    private static ProposedMember proposed(DeputySummary d, int score) {
        return new ProposedMember(d.id(), d.name(), highest(d), d.streetId(), d.streetName(), d.expertise(), score);
    }

    private static Set<Level> levels(DeputySummary d) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        d.seats().stream().map(SeatInfo::level).forEach(levels::add);
        return levels;
    }

    /** The most senior seat: enum order runs from NATIONAL down to STREET. */
    static Level highest(DeputySummary d) {
        return d.seats().stream().map(SeatInfo::level).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Specification<TopicGroup> spec(GroupFilter filter, SilianUser me) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (me.is(Role.DEPUTY)) {
                p.add(cb.or(cb.exists(topic(query, cb, root, t -> t.get("status").in(TopicStatus.PUBLISHED))),
                        cb.exists(member(query, cb, root, m -> cb.equal(m.get("deputyId"), me.deputyId())))));
            } else if (me.is(Role.STREET_STAFF)) {
                p.add(cb.exists(member(query, cb, root, m -> cb.equal(m.get("streetId"), me.streetId()))));
            }
            if (filter.mine()) {
                p.add(cb.exists(member(query, cb, root, m -> cb.equal(m.get("deputyId"), me.deputyId()))));
            }
            if (filter.topicId() != null) {
                p.add(cb.equal(root.get("topicId"), filter.topicId()));
            }
            if (filter.year() != null || filter.status() != null) {
                p.add(cb.exists(topic(query, cb, root, t -> cb.and(
                        filter.year() == null ? cb.conjunction() : cb.equal(t.get("year"), filter.year()),
                        filter.status() == null ? cb.conjunction() : cb.equal(t.get("status"), filter.status())))));
            }
            if (filter.level() != null) {
                p.add(cb.exists(member(query, cb, root, m -> cb.equal(m.get("level"), filter.level()))));
            }
            if (filter.streetId() != null) {
                p.add(cb.exists(member(query, cb, root, m -> cb.equal(m.get("streetId"), filter.streetId()))));
            }
            if (filter.expertise() != null) {
                p.add(cb.isMember(filter.expertise(), root.get("expertise")));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = Pages.contains(filter.text());
                p.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'), cb.like(cb.lower(root.get("focus")), like, '\\')));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    /** The group's own topic when it matches: a correlated lookup by primary key, cheap per row. */
    private static Subquery<Long> topic(CriteriaQuery<?> query, CriteriaBuilder cb, Root<TopicGroup> group,
                                        Function<Root<Topic>, Predicate> where) {
        Subquery<Long> sq = query.subquery(Long.class);
        Root<Topic> t = sq.from(Topic.class);
        return sq.select(t.get("id")).where(cb.equal(t.get("id"), group.get("topicId")), where.apply(t));
    }

    private static Subquery<Long> member(CriteriaQuery<?> query, CriteriaBuilder cb, Root<TopicGroup> group,
                                         Function<Root<GroupMember>, Predicate> where) {
        Subquery<Long> sq = query.subquery(Long.class);
        Root<GroupMember> m = sq.from(GroupMember.class);
        return sq.select(m.get("id")).where(cb.equal(m.get("groupId"), group.get("id")), cb.isNull(m.get("leftOn")), where.apply(m));
    }

    private void publish(AuditEvent.Action action, String type, Long id, Message summary, String before, String after) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, type, String.valueOf(id), summary, before, after));
    }
}
