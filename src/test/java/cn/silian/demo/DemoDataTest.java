package cn.silian.demo;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SilianSpringTest
@Tag("db")
class DemoDataTest {

    @Autowired DeputyService deputies;
    @Autowired StreetService streets;
    @Autowired AccountService accounts;
    @Autowired TopicService topics;
    @Autowired GroupService groups;
    @Autowired GroupWorkService work;

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

    private long count(Level level) {
        return deputies.count(new DeputyFilter(null, level, null, null, null));
    }
}
