package cn.silian.demo;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
import cn.silian.streets.StreetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SilianSpringTest
@Tag("db")
class DemoDataTest {

    @Autowired DeputyService deputies;
    @Autowired StreetService streets;
    @Autowired AccountService accounts;

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

    private long count(Level level) {
        return deputies.count(new DeputyFilter(null, level, null, null, null));
    }
}
