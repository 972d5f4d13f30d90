package cn.silian.streets;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every signed-in user reads the streets; only the office and administrators add or rename one. */
@SilianSpringTest
@Transactional
@Tag("db")
class StreetServiceTest {

    @Autowired StreetService streets;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private List<StreetSummary> asOffice() {
        return TestUsers.as(accounts, "office", streets::all);
    }

    @Test
    void everyRoleReadsTheStreetsAndAnAccountWithoutARoleReadsNothing() {
        List<StreetSummary> all = asOffice();
        StreetSummary first = all.getFirst();
        for (String user : List.of("admin", "street02", "deputy")) {
            TestUsers.login(accounts, user);
            assertThat(streets.all()).as(user).isEqualTo(all);
            assertThat(streets.byId()).containsEntry(first.id(), first).hasSize(13);
            assertThat(streets.byIds(Set.of(first.id()))).containsOnlyKeys(first.id());
            assertThat(streets.find(first.id())).contains(first);
            assertThat(streets.exists(first.id())).isTrue();
        }
        assertThat(all).hasSize(13).extracting(StreetSummary::name).startsWith("城关街道", "东湖街道");

        TestUsers.loginWithoutRoles(accounts, "office");
        List<Executable> reads = List.of(streets::all, streets::byId, () -> streets.byIds(Set.of(first.id())),
                () -> streets.find(first.id()), () -> streets.exists(first.id()), () -> streets.edit(first.id()));
        reads.forEach(read -> assertThatThrownBy(read::execute).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void streetStaffAndDeputiesNeitherAddNorRenameStreets() {
        List<StreetSummary> before = asOffice();
        long id = before.getFirst().id();
        long version = TestUsers.as(accounts, "office", () -> streets.edit(id).version());
        for (String user : List.of("street01", "deputy")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> streets.edit(id)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> streets.rename(id, version, "S01", "改名街道")).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> streets.create("S99", "越权街道", 99)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.loginWithoutRoles(accounts, "office");
        assertThatThrownBy(() -> streets.rename(id, version, "S01", "改名街道")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> streets.create("S99", "越权街道", 99)).isInstanceOf(AccessDeniedException.class);

        assertThat(asOffice()).isEqualTo(before);
        assertThat(TestUsers.as(accounts, "office", () -> streets.edit(id).version())).isEqualTo(version);
    }

    @Test
    void theOfficeRenamesAStreetOnceFromTheVersionItSawAndNeverToAnotherStreetsName() {
        TestUsers.login(accounts, "office");
        StreetSummary first = streets.all().getFirst();
        long version = streets.edit(first.id()).version();
        assertThatThrownBy(() -> streets.rename(first.id(), version, first.code(), "东湖街道")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey)
                        .contains("street.name.taken"));
        streets.rename(first.id(), version, first.code(), "城关新区街道");
        assertThat(streets.find(first.id())).map(StreetSummary::name).contains("城关新区街道");
        assertThat(streets.edit(first.id()).version()).isGreaterThan(version);
        assertThatThrownBy(() -> streets.rename(first.id(), version, first.code(), "第三个名字"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(streets.find(first.id())).map(StreetSummary::name).contains("城关新区街道");
    }
}
