package cn.silian.demo;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.documents.DocumentRow;
import cn.silian.documents.DocumentSearch;
import cn.silian.documents.DocumentService;
import cn.silian.documents.SearchPage;
import cn.silian.documents.Space;
import cn.silian.documents.VersionRow;
import cn.silian.meetings.MeetingFilter;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingStatus;
import cn.silian.meetings.MeetingSummary;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.PersonName;
import cn.silian.stations.RosterService;
import cn.silian.streets.StreetService;
import cn.silian.shared.Formats;
import cn.silian.topics.GroupDetails;
import cn.silian.topics.GroupFilter;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupWorkService;
import cn.silian.topics.TopicFilter;
import cn.silian.topics.TopicService;
import cn.silian.topics.TopicStatus;
import cn.silian.topics.TopicSummary;
import cn.silian.opinions.AssignmentClock;
import cn.silian.opinions.CosignStatus;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionRow;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionSource;
import cn.silian.opinions.OpinionState;
import cn.silian.opinions.Satisfaction;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.opinions.SuggestionFilter;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.SuggestionState;
import cn.silian.opinions.SuggestionSummary;
import cn.silian.opinions.WaitingItem;
import cn.silian.opinions.WaitingReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@SilianSpringTest
@Tag("db")
class DemoDataTest {

    /** The demo deputy account as people see him. */
    static final PersonName DEPUTY = new PersonName("陈志强", "role.DEPUTY");

    @Autowired DeputyService deputies;
    @Autowired StreetService streets;
    @Autowired AccountService accounts;
    @Autowired TopicService topics;
    @Autowired GroupService groups;
    @Autowired GroupWorkService work;
    @Autowired DocumentService documents;
    @Autowired DocumentSearch search;
    @Autowired MeetingService meetings;
    @Autowired RosterService roster;
    @Autowired HandlingUnitService units;
    @Autowired OpinionService opinions;
    @Autowired SuggestionService suggestions;

    @BeforeEach
    void signIn() {
        TestUsers.login(accounts, "office");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void theDemoDistrictHasTheFiguresOfTheDesign() {
        assertThat(streets.all()).hasSize(13);
        assertThat(count(Level.NATIONAL)).isEqualTo(12);
        assertThat(count(Level.PROVINCIAL)).isEqualTo(48);
        assertThat(count(Level.CITY)).isEqualTo(123);
        assertThat(count(Level.DISTRICT)).isEqualTo(386);
        assertThat(count(Level.STREET)).isEqualTo(536);
        // 569 seats of the four levels are held by fewer people: some hold two.
        long fourLevelPeople = deputies.count(DeputyFilter.none()) - count(Level.STREET);
        assertThat(fourLevelPeople).isEqualTo(569 - DemoDataLoader.PROVINCIAL_ALSO_CITY - DemoDataLoader.CITY_ALSO_DISTRICT);
    }

    @Test
    void theGeneratorIsDeterministic() {
        DemoPeople a = new DemoPeople(DemoDataLoader.SEED);
        DemoPeople b = new DemoPeople(DemoDataLoader.SEED);
        for (int i = 0; i < 50; i++) {
            assertThat(a.person(Level.DISTRICT, 18, "x", 1L, "c").getName())
                    .isEqualTo(b.person(Level.DISTRICT, 18, "x", 1L, "c").getName());
        }
    }

    @Test
    void thisYearHasATopicWorkForTheDemoAccounts() {
        int year = LocalDate.now(Formats.ZONE).getYear();
        assertThat(topics.theme(year)).hasValueSatisfying(t -> assertThat(t.title()).isEqualTo(DemoTopics.THEME));
        List<TopicSummary> all = topics.page(TopicFilter.year(year), PageRequest.of(0, 50)).getContent();
        assertThat(all).filteredOn(t -> t.status().published()).extracting(TopicSummary::status)
                .containsExactlyInAnyOrder(TopicStatus.IN_PROGRESS, TopicStatus.IN_PROGRESS, TopicStatus.OPEN);
        assertThat(all).extracting(TopicSummary::status).contains(TopicStatus.PROPOSED, TopicStatus.RETURNED);
        assertThat(groups.count(new GroupFilter(null, year, null, null, null, null, null, false))).isEqualTo(8);
        assertThat(topics.count(new TopicFilter(year - 1, TopicStatus.CONCLUDED, null, null))).isEqualTo(1);

        long npcGroup = TestUsers.as(accounts, "npc", () -> groups.myGroups().stream()
                .filter(g -> g.leader() && g.topicStatus() == TopicStatus.OPEN).findFirst().orElseThrow().groupId());
        TestUsers.as(accounts, "deputy", () -> {
            GroupDetails g = groups.get(npcGroup);
            assertThat(g.summary().openForJoining()).isTrue();
            assertThat(g.rights().member()).isFalse();
            assertThat(g.rights().mayAskToJoin()).isTrue();
            assertThat(groups.myGroups()).singleElement().satisfies(m -> {
                assertThat(m.leader()).isFalse();
                assertThat(m.topicStatus()).isEqualTo(TopicStatus.IN_PROGRESS);
                assertThat(m.openTasks()).isEqualTo(2);
            });
            assertThat(work.myOpenTasks()).hasSize(2);
            return null;
        });
        assertThat(groups.pending(npcGroup)).hasSize(1);
        // Every group mixes all five levels.
        groups.page(new GroupFilter(null, year, null, null, null, null, null, false), PageRequest.of(0, 20))
                .forEach(g -> {
                    assertThat(g.levelMix().keySet()).containsExactlyInAnyOrder(Level.values());
                    assertThat(g.members()).isBetween(6L, 10L);
                    assertThat(g.leaderId()).isNotNull();
                });
    }

    @Test
    void theDemoAccountsFindTheDocumentsOfTheirSpaces() {
        long deputyId = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        long report = TestUsers.as(accounts, "deputy", () -> {
            long group = groups.myGroups().stream().filter(g -> g.groupName().equals(DemoDocuments.GROUP))
                    .findFirst().orElseThrow().groupId();
            DocumentRow row = only(documents.page(Space.group(group), "调研报告", PageRequest.of(0, 10)).getContent(),
                    DemoDocuments.REPORT);
            assertThat(row.tags()).isEqualTo("加装电梯");
            assertThat(row.createdBy()).isEqualTo("deputy");
            assertThat(documents.versions(row.id())).extracting(VersionRow::number, VersionRow::uploadedBy,
                    VersionRow::contentType).containsExactly(tuple(2, DEPUTY, "application/pdf"),
                    tuple(1, DEPUTY, "application/pdf"));
            // the search finds the newest version's text, which only the final report has
            assertThat(ids(search.search("一窗受理", 0, 10))).contains(row.id());

            LocalDate today = LocalDate.now(Formats.ZONE);
            MeetingSummary next = meetings.page(new MeetingFilter(null, MeetingKind.JOINT, MeetingStatus.ANNOUNCED,
                    today, null, true), PageRequest.of(0, 1)).getContent().getFirst();
            assertThat(meetings.get(next.id()).rights().invited()).isTrue();
            DocumentRow agenda = only(documents.page(Space.meeting(next.id()), null, PageRequest.of(0, 10)).getContent(),
                    DemoDocuments.AGENDA);
            assertThat(agenda.internal()).isTrue();
            assertThat(agenda.folder()).isEqualTo("会议材料");
            assertThat(agenda.createdBy()).isEqualTo("office");
            assertThat(agenda.latest().fileName()).endsWith(".docx");
            List<MeetingSummary> past = meetings.page(new MeetingFilter(null, MeetingKind.JOINT, null, null, today, true),
                    PageRequest.of(0, 20)).getContent().stream()
                    .filter(m -> m.endsAt().isBefore(LocalDateTime.now(Formats.ZONE))).toList();
            assertThat(past).anySatisfy(m -> assertThat(documents.page(Space.meeting(m.id()), null, PageRequest.of(0, 10))
                    .getContent()).extracting(DocumentRow::title).contains(DemoDocuments.PAST_MATERIAL));

            long home = roster.membershipsOf(deputyId).stream().filter(m -> m.home() && m.leftOn() == null)
                    .findFirst().orElseThrow().stationId();
            List<DocumentRow> station = documents.page(Space.station(home), null, PageRequest.of(0, 10)).getContent();
            // the deputy's home station is in street01's street, so its staff put the files there
            assertThat(only(station, DemoDocuments.RECEPTION_LOG).createdBy()).isEqualTo("street01");
            assertThat(only(station, DemoDocuments.NOTICE).latest().contentType()).isEqualTo("text/plain");
            assertThat(only(documents.page(Space.LIBRARY, null, PageRequest.of(0, 10)).getContent(), DemoDocuments.GUIDE)
                    .createdBy()).isEqualTo("office");
            return row.id();
        });
        TestUsers.as(accounts, "npc", () -> {
            assertThat(ids(search.search("一窗受理", 0, 10))).doesNotContain(report);
            return null;
        });
    }

    @Test
    void theDemoYearHasOpinionsInEveryStateFromEverySourceButFindings() {
        assertThat(units.count(null, true)).isEqualTo(DemoUnits.UNITS.length);
        for (OpinionState state : OpinionState.values()) {
            assertThat(opinions.count(new OpinionFilter(state, null, null, null, null, null, null))).as(state.name())
                    .isPositive();
        }
        for (OpinionSource source : List.of(OpinionSource.DIRECT, OpinionSource.RECEPTION, OpinionSource.VISIT,
                OpinionSource.PUBLIC)) {
            assertThat(opinions.count(new OpinionFilter(null, null, null, source, null, null, null))).as(source.name())
                    .isPositive();
        }
        // The concern the browser test turns into a suggestion is open, and the demo deputy reads it.
        TestUsers.as(accounts, "deputy", () -> {
            List<OpinionRow> rows = opinions.page(new OpinionFilter(null, null, null, OpinionSource.RECEPTION,
                    DemoOpinions.RECEPTION_CONCERN, null, null), PageRequest.of(0, 5)).getContent();
            assertThat(rows).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(OpinionState.NEW));
            return null;
        });
    }

    @Test
    void theDemoYearHasSuggestionsInEveryState() {
        SuggestionFilter all = SuggestionFilter.all();
        Map<SuggestionState, Long> expected = new EnumMap<>(SuggestionState.class);
        DemoSuggestions.COUNTS.forEach((target, n) -> expected.merge(switch (target) {
            case CLOSED_UNRATED, REHANDLED -> SuggestionState.CLOSED;
            default -> SuggestionState.valueOf(target.name());
        }, (long) n, Long::sum));
        // Drafts stay with those involved: the office sees the other 55, the demo deputy his own draft and
        // the one he is asked to co-sign.
        long drafts = expected.put(SuggestionState.DRAFT, 0L);
        assertThat(drafts).isEqualTo(5);
        for (SuggestionState state : SuggestionState.values()) {
            assertThat(suggestions.count(all.withState(state))).as(state.name()).isEqualTo(expected.get(state));
        }
        assertThat(suggestions.count(all)).isEqualTo(60 - drafts);
        assertThat(TestUsers.as(accounts, "deputy", () -> suggestions.count(all.withState(SuggestionState.DRAFT))))
                .isEqualTo(2);
        assertThat(suggestions.count(all.onlyKey())).isEqualTo(20);
        assertThat(suggestions.count(all.onlyOverdue()))
                .isEqualTo(DemoSuggestions.OVERDUE.values().stream().mapToInt(Integer::intValue).sum());
        List<SuggestionSummary> rows = suggestions.page(all, PageRequest.of(0, 100)).getContent();
        assertThat(rows).filteredOn(SuggestionSummary::published).hasSize(DemoSuggestions.PUBLISHED)
                .allSatisfy(r -> assertThat(r.state()).isEqualTo(SuggestionState.CLOSED));
        assertThat(rows).filteredOn(r -> r.key()).allSatisfy(r -> assertThat(suggestions.get(r.id()).keyLeader()).isNotBlank());

        // One handled twice: not satisfied with a reason, answered again, then satisfied.
        List<SuggestionSummary> handledTwice = rows.stream()
                .filter(r -> r.state() == SuggestionState.CLOSED && r.round() == 2).toList();
        assertThat(handledTwice).hasSize(1);
        SuggestionSummary twice = handledTwice.getFirst();
        assertThat(suggestions.get(twice.id()).answers()).extracting(SuggestionDetails.Answer::round,
                SuggestionDetails.Answer::satisfaction).containsExactly(tuple(1, Satisfaction.NOT_SATISFIED),
                tuple(2, Satisfaction.SATISFIED));
        assertThat(suggestions.get(twice.id()).answers().getFirst().ratingReason()).isNotBlank();

        // Co-signed across levels: a confirmed co-signer of another level than the lead's.
        assertThat(rows).filteredOn(r -> r.cosigners() > 0).anySatisfy(r -> assertThat(suggestions.get(r.id()).signers())
                .anyMatch(g -> g.status() == CosignStatus.CONFIRMED && g.level() != r.leadLevel()));
        // Some grew from opinions, which are now in a suggestion.
        assertThat(opinions.count(new OpinionFilter(OpinionState.IN_SUGGESTION, null, null, null, null, null, null)))
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void theDemoAccountsFindTheirSuggestionWork() {
        List<WaitingItem> waiting = TestUsers.as(accounts, "deputy", () -> suggestions.waitingForDeputy());
        assertThat(waiting).extracting(WaitingItem::reason)
                .contains(WaitingReason.CO_SIGN, WaitingReason.REVISE, WaitingReason.RATE);
        long unitId = ((SilianUser) accounts.loadUserByUsername(DemoUnits.UNIT_ACCOUNT)).unitId();
        TestUsers.as(accounts, DemoUnits.UNIT_ACCOUNT, () -> {
            List<SuggestionSummary> mine = suggestions.page(SuggestionFilter.all(), PageRequest.of(0, 100)).getContent();
            assertThat(mine).hasSizeGreaterThan(5).allSatisfy(r -> assertThat(suggestions.get(r.id()).assignments())
                    .anyMatch(a -> a.unitId() == unitId));
            List<AssignmentClock> open = suggestions.openAssignmentsOfMyUnit(PageRequest.of(0, 50)).getContent();
            assertThat(open).isNotEmpty();
            return null;
        });
    }

    private static List<Long> ids(SearchPage page) {
        return page.hits().stream().map(h -> h.document().id()).toList();
    }

    private static DocumentRow only(List<DocumentRow> rows, String title) {
        return rows.stream().filter(r -> r.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not among " + rows));
    }

    private long count(Level level) {
        return deputies.count(new DeputyFilter(null, level, null, null, null));
    }
}
