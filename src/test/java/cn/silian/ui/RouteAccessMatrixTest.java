package cn.silian.ui;

import cn.silian.TestUsers;
import cn.silian.admin.ui.AccountListView;
import cn.silian.audit.ui.AuditLogView;
import cn.silian.calendar.ui.CalendarView;
import cn.silian.home.HomeView;
import cn.silian.notifications.ui.InboxView;
import cn.silian.documents.ui.DocumentBinView;
import cn.silian.documents.ui.DocumentLibraryView;
import cn.silian.documents.ui.DocumentSpaceView;
import cn.silian.meetings.ui.CheckInView;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.ui.DeputyEditView;
import cn.silian.people.ui.DeputyListView;
import cn.silian.people.ui.DeputyView;
import cn.silian.security.ui.LoginView;
import cn.silian.shared.ui.AccessDeniedView;
import cn.silian.shared.ui.NotFoundView;
import cn.silian.stations.DutyService;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.stations.ui.DutyNoticeView;
import cn.silian.stations.ui.MyDutyView;
import cn.silian.stations.ui.PlacementView;
import cn.silian.stations.ui.StationListView;
import cn.silian.stations.ui.StationView;
import cn.silian.topics.TopicDraft;
import cn.silian.topics.TopicFilter;
import cn.silian.topics.TopicService;
import cn.silian.topics.TopicStatus;
import cn.silian.topics.ui.GroupingView;
import cn.silian.topics.ui.TopicListView;
import cn.silian.topics.ui.TopicView;
import cn.silian.people.Expertise;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.topics.GroupService;
import cn.silian.topics.PlannedGroup;
import cn.silian.topics.ui.GroupListView;
import cn.silian.topics.ui.GroupView;
import cn.silian.meetings.AgendaLine;
import cn.silian.meetings.MeetingDraft;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.ui.MeetingEditView;
import cn.silian.meetings.ui.MeetingListView;
import cn.silian.meetings.ui.MeetingView;
import cn.silian.opinions.SuggestionDraft;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.ui.KeySuggestionsView;
import cn.silian.opinions.ui.SuggestionEditView;
import cn.silian.opinions.ui.SuggestionListView;
import cn.silian.opinions.ui.SuggestionView;
import cn.silian.opinions.ui.UnitListView;
import cn.silian.stations.ReceptionCategory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route opened by every role and by an anonymous visitor, allowed or denied exactly as
 * DESIGN.md says. A new route fails {@link #everyRouteIsInTheMatrix()} until it joins.
 */
// Transactional: the topic and group the matrix may create are rolled back after each test.
@Transactional
class RouteAccessMatrixTest extends BrowserlessTestBase {

    private static final String ANONYMOUS = "anonymous";
    /**
     * One demo account per role, a second street's staff (street02, 东湖街道) and a second deputy
     * (npc, 刘海燕, in none of the deputy's groups), and the anonymous visitor. The records the
     * matrix opens belong to street01's street (城关街道) and to the deputy: street02 and npc
     * show that the data rule of a route turns away the same role for another street's or
     * another person's record.
     */
    private static final List<String> USERS = List.of(ANONYMOUS, "admin", "office", "street01", "street02", "deputy",
            "npc", Unit.USER);
    private static final Set<String> ALL = Set.of("admin", "office", "street01", "street02", "deputy", "npc");
    /** Every signed-in account, the handling unit's included: what a unit may open too. */
    private static final Set<String> SIGNED_IN = Set.of("admin", "office", "street01", "street02", "deputy", "npc", Unit.USER);
    private static final Set<String> OFFICE_ADMIN = Set.of("admin", "office");
    private static final Set<String> STAFF = Set.of("admin", "office", "street01", "street02");
    /** The staff who may see a record of street01's street: street02 may open the route, not the record. */
    private static final Set<String> STAFF_OF_STREET01 = Set.of("admin", "office", "street01");
    private static final Set<String> DEPUTIES = Set.of("deputy", "npc");
    private static final Set<String> ADMIN = Set.of("admin");

    @Autowired DeputyService deputies;
    @Autowired StationService stations;
    @Autowired DutyService duty;
    @Autowired TopicService topics;
    @Autowired GroupService groups;
    @Autowired MeetingService meetings;
    @Autowired cn.silian.opinions.OpinionService opinions;
    @Autowired cn.silian.stations.ReceptionService receptions;
    @Autowired SuggestionService suggestions;
    @Autowired cn.silian.voters.VotersReportService votersReports;
    @Autowired cn.silian.campaigns.CampaignService campaigns;
    @Autowired cn.silian.projects.ProjectService projects;
    @Autowired cn.silian.projects.BallotService ballots;
    @Autowired cn.silian.supervision.SupervisionService supervision;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    /** The demo's handling-unit account (the first unit's): none of the matrix's records is assigned to it. */
    static final class Unit {
        static final String USER = "unit01";
    }

    /**
     * A route template, the address that opens it, the view it shows, who may open it, and what a
     * signed-in user who may not is shown instead (anonymous visitors always get the login page).
     */
    record Rule(String template, String location, Class<? extends Component> view, Set<String> allowed,
                Class<? extends Component> refusal, Class<? extends Component> unitRefusal,
                Map<String, Class<? extends Component>> refusalByUser) {
        Rule(String template, String location, Class<? extends Component> view, Set<String> allowed,
             Class<? extends Component> refusal, Class<? extends Component> unitRefusal) {
            this(template, location, view, allowed, refusal, unitRefusal, Map.of());
        }

        Rule(String template, String location, Class<? extends Component> view, Set<String> allowed) {
            this(template, location, view, allowed, AccessDeniedView.class);
        }

        /** A handling unit is refused by the route itself unless the rule says otherwise. */
        Rule(String template, String location, Class<? extends Component> view, Set<String> allowed,
             Class<? extends Component> refusal) {
            this(template, location, view, allowed, refusal, AccessDeniedView.class);
        }

        /** What this user is shown instead, where his refusal is not the role's (another street's record, say). */
        Rule refusing(String user, Class<? extends Component> shown) {
            Map<String, Class<? extends Component>> byUser = new java.util.HashMap<>(refusalByUser);
            byUser.put(user, shown);
            return new Rule(template, location, view, allowed, refusal, unitRefusal, Map.copyOf(byUser));
        }

        Class<? extends Component> refusalFor(String user) {
            return refusalByUser.getOrDefault(user, user.equals(Unit.USER) ? unitRefusal : refusal);
        }
    }

    private List<Rule> matrix;

    @BeforeEach
    void buildMatrix() {
        long topic = publishedTopic();
        long group = openGroupWithAMemberOfStreet01();
        long meeting = openAnnouncedMeeting();
        long deputyId = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        long submitted = suggestionOfTheDeputy(true);
        long draft = suggestionOfTheDeputy(false);
        long votersReport = TestUsers.as(accounts, "deputy", () -> votersReports.mine(java.util.Locale.CHINA).orElseThrow().id());
        long campaign = openCampaignOfStreet01();
        long project = shortlistedProjectOfStreet01();
        // The demo's published 2026 ballot: every signed-in account may read its result.
        long ballot = TestUsers.as(accounts, "office", () -> ballots.page(PageRequest.of(0, 100)).stream()
                .filter(b -> b.state() == cn.silian.projects.BallotState.PUBLISHED).findFirst().orElseThrow().id());
        long supervised = supervisedProjectOfTheDeputy(deputyId);
        matrix = TestUsers.as(accounts, "street01", () -> {
            long person = deputies.page(DeputyFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id();
            // A station of street01's own street, so that his access is decided by the route alone.
            long station = stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id();
            long plan = duty.plans(station).getFirst().id();
            long street = stations.get(station).summary().streetId();
            // An opinion of street01's street that the deputy heard: every role may open it.
            long opinion = opinions.record(cn.silian.opinions.OpinionSource.DIRECT, null, new cn.silian.opinions.OpinionDraft(
                    "matrix opinion", cn.silian.stations.ReceptionCategory.OTHER, street, null, deputyId, null, null));
            long reception = receptions.log(station, null, new cn.silian.stations.ReceptionDraft(
                    java.time.LocalDateTime.now(Formats.ZONE).minusHours(1), null, null,
                    cn.silian.stations.ReceptionCategory.OTHER, "matrix concern", null));
            return List.of(
                    new Rule("", "", HomeView.class, SIGNED_IN),
                    new Rule("deputies", "deputies", DeputyListView.class, ALL),
                    new Rule("deputies/:id(\\d+)", "deputies/" + person, DeputyView.class, ALL),
                    new Rule("deputies/new", "deputies/new", DeputyEditView.class, OFFICE_ADMIN),
                    new Rule("deputies/:id(\\d+)/edit", "deputies/" + person + "/edit", DeputyEditView.class, OFFICE_ADMIN),
                    new Rule("stations", "stations", StationListView.class, STAFF),
                    // street01's station: street02 may open the route, and the station's service refuses him.
                    new Rule("stations/:id(\\d+)", "stations/" + station, StationView.class, STAFF_OF_STREET01),
                    new Rule("stations/placement", "stations/placement", PlacementView.class, STAFF),
                    new Rule("stations/:id(\\d+)/notices/:planId(\\d+)", "stations/" + station + "/notices/" + plan,
                            DutyNoticeView.class, STAFF_OF_STREET01),
                    new Rule("topics", "topics", TopicListView.class, ALL),
                    new Rule("topics/:id(\\d+)", "topics/" + topic, TopicView.class, ALL),
                    new Rule("topics/:id(\\d+)/grouping", "topics/" + topic + "/grouping", GroupingView.class, OFFICE_ADMIN),
                    new Rule("groups", "groups", GroupListView.class, ALL),
                    // Street staff see the groups with members of their street: street02 not this one.
                    new Rule("groups/:id(\\d+)", "groups/" + group, GroupView.class,
                            Set.of("admin", "office", "street01", "deputy", "npc")).refusing("street02", NotFoundView.class),
                    new Rule("inbox", "inbox", InboxView.class, SIGNED_IN),
                    new Rule("suggestions", "suggestions", SuggestionListView.class, SIGNED_IN),
                    new Rule("suggestions/new", "suggestions/new", SuggestionEditView.class, DEPUTIES),
                    // Submitted by the deputy, who lives in street01's street: the office, street01 and he see it;
                    // the unit, to which it is not assigned, may open the route but the data rule turns it away.
                    // street02's street is not the deputy's, and npc neither leads nor seconds it: for them it does not exist.
                    new Rule("suggestions/:id(\\d+)", "suggestions/" + submitted, SuggestionView.class,
                            Set.of("admin", "office", "street01", "deputy"), AccessDeniedView.class, NotFoundView.class)
                            .refusing("street02", NotFoundView.class).refusing("npc", NotFoundView.class),
                    new Rule("suggestions/:id(\\d+)/edit", "suggestions/" + draft + "/edit", SuggestionEditView.class,
                            Set.of("deputy")).refusing("npc", NotFoundView.class),
                    new Rule("suggestions/key", "suggestions/key", KeySuggestionsView.class, OFFICE_ADMIN),
                    new Rule("units", "units", UnitListView.class, OFFICE_ADMIN),
                    new Rule("meetings", "meetings", MeetingListView.class, ALL),
                    new Rule("meetings/new", "meetings/new", MeetingEditView.class, ALL),
                    new Rule("meetings/:id(\\d+)", "meetings/" + meeting, MeetingView.class, ALL),
                    new Rule("meetings/:id(\\d+)/edit", "meetings/" + meeting + "/edit", MeetingEditView.class, OFFICE_ADMIN),
                    new Rule("my-duty", "my-duty", MyDutyView.class, DEPUTIES),
                    new Rule("calendar", "calendar", CalendarView.class, ALL),
                    new Rule("points", "points", cn.silian.performance.ui.PointsView.class, DEPUTIES),
                    new Rule("points/published", "points/published", cn.silian.performance.ui.PublishedPointsView.class, ALL),
                    new Rule("points/office", "points/office", cn.silian.performance.ui.PointsOfficeView.class, OFFICE_ADMIN),
                    // The record's page: the deputy his own, the others choose one (the service checks whose).
                    new Rule("points/record", "points/record", cn.silian.performance.ui.RecordView.class, ALL),
                    new Rule("my-record", "my-record", cn.silian.performance.ui.RecordView.class, DEPUTIES),
                    new Rule("meetings/check-in", "meetings/check-in", CheckInView.class, DEPUTIES),
                    new Rule("documents", "documents", DocumentLibraryView.class, ALL),
                    new Rule("documents/bin", "documents/bin", DocumentBinView.class, OFFICE_ADMIN),
                    new Rule("suggestions/duplicates", "suggestions/duplicates",
                            cn.silian.opinions.ui.DuplicatesView.class, OFFICE_ADMIN),
                    // The group's documents: its leader (the deputy) and the office. street01 may see the group
                    // but not its work: the route is open to him and the data rule turns him away, as if
                    // the documents did not exist.
                    new Rule("documents/:kind(group|meeting|station|suggestion)/:id(\\d+)", "documents/group/" + group,
                            DocumentSpaceView.class, Set.of("admin", "office", "deputy"), NotFoundView.class,
                            // A unit may open the route (for its suggestions' spaces); a group's is not there for it.
                            NotFoundView.class),
                    // A unit lists only the matters forwarded to it; another opinion does not exist for it.
                    new Rule("opinions", "opinions", cn.silian.opinions.ui.OpinionListView.class, SIGNED_IN),
                    // Of street01's street, heard by the deputy: another street's staff and another deputy do not find it.
                    new Rule("opinions/:id(\\d+)", "opinions/" + opinion, cn.silian.opinions.ui.OpinionView.class,
                            Set.of("admin", "office", "street01", "deputy"), AccessDeniedView.class, NotFoundView.class)
                            .refusing("street02", NotFoundView.class).refusing("npc", NotFoundView.class),
                    new Rule("opinions/new", "opinions/new", cn.silian.opinions.ui.OpinionFormView.class, ALL),
                    // Made from a reception at street01's station, whose roster the deputy is on.
                    new Rule("opinions/new/:source(reception|visit|finding)/:sourceId(\\d+)",
                            "opinions/new/reception/" + reception, cn.silian.opinions.ui.OpinionFormView.class,
                            Set.of("admin", "office", "street01", "deputy"))
                            // Another street's reception, and one of a station npc is not on, do not exist for them.
                            .refusing("street02", NotFoundView.class).refusing("npc", NotFoundView.class),
                    new Rule("opinions/matters", "opinions/matters", cn.silian.opinions.ui.MattersView.class,
                            Set.of("admin", "office", Unit.USER)),
                    new Rule("opinions/intake/:stationId(\\d+)", "opinions/intake/" + station,
                            cn.silian.opinions.ui.IntakePosterView.class, STAFF_OF_STREET01),
                    // The public intake: the only pages anybody may open without an account.
                    new Rule("intake/:stationId(\\d+)", "intake/" + station, cn.silian.opinions.ui.IntakeView.class,
                            Set.of(ANONYMOUS, "admin", "office", "street01", "street02", "deputy", "npc", Unit.USER)),
                    new Rule("intake/status", "intake/status", cn.silian.opinions.ui.IntakeStatusView.class,
                            Set.of(ANONYMOUS, "admin", "office", "street01", "street02", "deputy", "npc", Unit.USER)),
                    new Rule("voters", "voters", cn.silian.voters.ui.VotersPlanView.class, OFFICE_ADMIN),
                    new Rule("voters/mine", "voters/mine", cn.silian.voters.ui.MyReportView.class, DEPUTIES),
                    // The demo deputy's oral report of 2026: he lives in street01's street.
                    new Rule("voters/rating/:id(\\d+)", "voters/rating/" + votersReport,
                            cn.silian.voters.ui.RatingView.class, STAFF_OF_STREET01),
                    new Rule("campaigns", "campaigns", cn.silian.campaigns.ui.CampaignListView.class, ALL),
                    new Rule("campaigns/new", "campaigns/new", cn.silian.campaigns.ui.CampaignEditView.class, OFFICE_ADMIN),
                    // Open, with street01's street alone taking part: street02's staff may not see it.
                    new Rule("campaigns/:id(\\d+)", "campaigns/" + campaign, cn.silian.campaigns.ui.CampaignView.class,
                            Set.of("admin", "office", "street01", "deputy", "npc")),
                    new Rule("campaigns/:id(\\d+)/edit", "campaigns/" + campaign + "/edit",
                            cn.silian.campaigns.ui.CampaignEditView.class, OFFICE_ADMIN),
                    new Rule("projects", "projects", cn.silian.projects.ui.ProjectListView.class, SIGNED_IN),
                    new Rule("projects/new", "projects/new", cn.silian.projects.ui.ProjectFormView.class, ALL),
                    // Shortlisted, of street01's street, to be carried out by unit01's department: every deputy reads
                    // the candidate list and the department its own; another street's staff do not find it.
                    new Rule("projects/:id(\\d+)", "projects/" + project, cn.silian.projects.ui.ProjectView.class,
                            Set.of("admin", "office", "street01", "deputy", "npc", Unit.USER))
                            .refusing("street02", NotFoundView.class),
                    new Rule("ballots", "ballots", cn.silian.projects.ui.BallotListView.class,
                            Set.of("admin", "office", "deputy", "npc")),
                    new Rule("ballots/new", "ballots/new", cn.silian.projects.ui.BallotEditView.class, OFFICE_ADMIN),
                    new Rule("ballots/:id(\\d+)", "ballots/" + ballot, cn.silian.projects.ui.BallotView.class, SIGNED_IN),
                    // Only deputies reach their ballot; for a closed one the page says so.
                    new Rule("ballots/:id(\\d+)/vote", "ballots/" + ballot + "/vote",
                            cn.silian.projects.ui.BallotVoteView.class, DEPUTIES),
                    new Rule("supervision", "supervision", cn.silian.supervision.ui.SupervisionListView.class, SIGNED_IN),
                    // unit01's department's project in street01's street, led by the deputy: npc is in no group of it.
                    new Rule("supervision/:id(\\d+)", "supervision/" + supervised,
                            cn.silian.supervision.ui.SupervisedProjectView.class,
                            Set.of("admin", "office", "street01", "deputy", Unit.USER), AccessDeniedView.class,
                            AccessDeniedView.class),
                    // npc opens the sheet and is told he does not rate (he is not a district deputy).
                    new Rule("supervision/rating/:year(\\d{4})", "supervision/rating/2026",
                            cn.silian.supervision.ui.RatingRoundView.class, Set.of("admin", "office", "deputy", "npc")),
                    new Rule("streets", "streets", cn.silian.admin.ui.StreetListView.class, OFFICE_ADMIN),
                    new Rule("accounts", "accounts", AccountListView.class, ADMIN),
                    new Rule("audit", "audit", AuditLogView.class, ADMIN),
                    // Every account changes its own password.
                    new Rule("account/password", "account/password", cn.silian.security.ui.ChangePasswordView.class,
                            SIGNED_IN),
                    new Rule("statistics", "statistics", cn.silian.statistics.ui.StatisticsView.class, ALL),
                    // A session half-way through signing in opens it; nobody signed in does.
                    new Rule("login/second-factor", "login/second-factor",
                            cn.silian.security.ui.SecondFactorView.class, Set.of()),
                    new Rule("account/second-factor", "account/second-factor",
                            cn.silian.security.ui.OwnSecondFactorView.class, SIGNED_IN),
                    // Signed in already, he is sent on to his home page.
                    new Rule("login", "login", LoginView.class, Set.of(ANONYMOUS), HomeView.class, HomeView.class));
        });
    }

    /** An open research month of street01's street alone, running from today, for a year no demo campaign collects for. */
    private long openCampaignOfStreet01() {
        long street = ((SilianUser) accounts.loadUserByUsername("street01")).streetId();
        return TestUsers.as(accounts, "office", () -> {
            LocalDate today = cn.silian.opinions.OpinionsClock.today();
            long id = campaigns.create(new cn.silian.campaigns.CampaignDraft("matrix campaign", null, 2045, today,
                    today.plusDays(10), List.of(new cn.silian.campaigns.StreetTarget(street, 1, null)), Set.of()));
            campaigns.open(id, campaigns.details(id).version());
            return id;
        });
    }

    /** A candidate project street01's staff proposed for their street, shortlisted by the office. */
    private long shortlistedProjectOfStreet01() {
        SilianUser staff = (SilianUser) accounts.loadUserByUsername("street01");
        long unit = ((SilianUser) accounts.loadUserByUsername(Unit.USER)).unitId();
        long id = TestUsers.as(accounts, "street01", () -> projects.propose(new cn.silian.projects.ProjectDraft(
                "matrix project", "matrix project", Set.of(staff.streetId()), null, unit, null, 2027, Set.of())));
        return TestUsers.as(accounts, "office", () -> {
            projects.shortlist(id, projects.get(id).version(), "matrix");
            return id;
        });
    }

    /** A project adopted for the matrix: unit01's department's, in street01's street, the deputy its lead. */
    private long supervisedProjectOfTheDeputy(long deputyId) {
        long id = cn.silian.supervision.SupervisionTestData.adopt(events, accounts, supervision, 2092, "route matrix",
                cn.silian.supervision.SupervisionTestData.unitOf(accounts, Unit.USER),
                java.util.List.of(cn.silian.supervision.SupervisionTestData.streetOf(accounts, "street01")));
        TestUsers.as(accounts, "office", () -> supervision.setGroup(id, supervision.get(id).version(), deputyId, Set.of()));
        return id;
    }

    /** A topic everyone may see, so that access to its pages is decided by the route alone. */
    private long publishedTopic() {
        return TestUsers.as(accounts, "office", () -> {
            TopicFilter open = new TopicFilter(null, TopicStatus.OPEN, null, null);
            if (topics.count(open) > 0) {
                return topics.page(open, PageRequest.of(0, 1)).getContent().getFirst().id();
            }
            int year = 2050;
            while (topics.theme(year).isPresent()) {
                year++;
            }
            topics.setTheme(year, null, "route matrix", null);
            TopicDraft draft = new TopicDraft();
            draft.setYear(year);
            draft.setTitle("route matrix");
            draft.setStartsOn(LocalDate.of(year, 1, 1));
            draft.setEndsOn(LocalDate.of(year, 12, 31));
            long id = topics.create(draft);
            topics.changeStatus(id, topics.get(id).version(), TopicStatus.OPEN);
            return id;
        });
    }

    /** A group of an open topic with the deputy, who lives in street01's street: every role may open it. */
    private long openGroupWithAMemberOfStreet01() {
        long deputy = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        return TestUsers.as(accounts, "office", () -> {
            LocalDate today = LocalDate.now(Formats.ZONE);
            if (topics.theme(today.getYear()).isEmpty()) {
                topics.setTheme(today.getYear(), null, "matrix theme", null);
            }
            TopicDraft d = new TopicDraft();
            d.setYear(today.getYear());
            d.setTitle("matrix topic");
            d.setStartsOn(today);
            d.setEndsOn(today.plusDays(100));
            long topic = topics.create(d);
            topics.changeStatus(topic, topics.get(topic).version(), TopicStatus.OPEN);
            return groups.applyGrouping(topic, List.of(new PlannedGroup("matrix group", null, Set.of(Expertise.LAW),
                    deputy, List.of(deputy)))).getFirst();
        });
    }

    /** An open, announced meeting of the office: everyone may see it, only the office and admin change it. */
    private long openAnnouncedMeeting() {
        return TestUsers.as(accounts, "office", () -> {
            MeetingDraft d = new MeetingDraft();
            d.setTitle("matrix meeting");
            d.setKind(MeetingKind.JOINT);
            java.time.LocalDateTime start = java.time.LocalDateTime.now(Formats.ZONE).plusDays(30).withSecond(0).withNano(0);
            d.setStartsAt(start);
            d.setEndsAt(start.plusHours(2));
            d.setPlace("matrix room");
            d.setAgenda(List.of(new AgendaLine("matrix item", null, 30)));
            long id = meetings.create(d);
            meetings.announce(id, meetings.get(id).version());
            return id;
        });
    }

    /** A suggestion the deputy leads: submitted (the office and his street see it) or still his draft. */
    private long suggestionOfTheDeputy(boolean submit) {
        return TestUsers.as(accounts, "deputy", () -> {
            long id = suggestions.draft(new SuggestionDraft("路由矩阵建议", "建议在社区增设便民服务点。", ReceptionCategory.values()[0]));
            if (submit) {
                suggestions.submit(id, suggestions.get(id).version(), null);
            }
            return id;
        });
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> registered = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> registered.add(alias.getTemplate()));
        }
        Set<String> covered = new TreeSet<>();
        matrix.forEach(rule -> covered.add(rule.template()));
        assertThat(covered).isEqualTo(registered);
    }

    @Test
    void eachRoleOpensExactlyTheRoutesTheDesignGivesIt() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            for (Rule rule : matrix) {
                if (user.equals(ANONYMOUS)) {
                    signOut();
                } else {
                    login(user);
                }
                navigateTo(rule.location());
                Class<?> shown = getCurrentView().getClass();
                boolean allowed = rule.allowed().contains(user);
                // Denied is one page, never "anything but the target": an error page or a crash is no denial.
                Class<?> refusal = user.equals(ANONYMOUS) ? LoginView.class : rule.refusalFor(user);
                boolean asExpected = allowed ? rule.view().isAssignableFrom(shown) : shown.equals(refusal);
                outcomes.put(user + " → /" + rule.location(), shown.getSimpleName());
                if (!asExpected) {
                    wrong.add(user + " → /" + rule.location() + ": expected "
                            + (allowed ? rule.view().getSimpleName() : refusal.getSimpleName())
                            + " but saw " + shown.getSimpleName());
                }
            }
        }
        assertThat(wrong).as(outcomes.toString()).isEmpty();
    }
}
