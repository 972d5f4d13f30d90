package cn.silian.people;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditRecord;
import cn.silian.audit.AuditService;
import cn.silian.security.AccountService;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Edit;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.streets.StreetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@Tag("db")
class DeputyServiceTest {

    @Autowired DeputyService deputies;
    @Autowired AccountService accounts;
    @Autowired StreetService streets;
    @Autowired AuditService audit;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void searchFindsAPersonByChineseNameFullPinyinInitialsAndEmployer() {
        TestUsers.login(accounts, "office");
        assertThat(names("陈志强")).contains("陈志强");
        assertThat(names("chenzhiqiang")).contains("陈志强");
        assertThat(names("czq")).contains("陈志强");
        assertThat(names("CZQ")).contains("陈志强");
        assertThat(names("Chen Zhiqiang")).contains("陈志强");
        long id = createPerson("欧阳娜", "星辰测绘研究所", "13900000001");
        assertThat(names("星辰测绘")).contains("欧阳娜");
        assertThat(deputies.get(id).name()).isEqualTo("欧阳娜");
    }

    @Test
    void aSearchTextWithLikeWildcardsMatchesThemLiterally() {
        TestUsers.login(accounts, "office");
        assertThat(deputies.count(DeputyFilter.text("%"))).isZero();
        assertThat(deputies.count(DeputyFilter.text("_"))).isZero();
    }

    @Test
    void filtersByLevelStreetAndExpertiseCombine() {
        TestUsers.login(accounts, "office");
        Long firstStreet = streets.all().get(0).id();
        DeputyFilter filter = new DeputyFilter(null, Level.DISTRICT, firstStreet, null, null);
        List<DeputySummary> page = deputies.page(filter, PageRequest.of(0, 500)).getContent();
        assertThat(page).isNotEmpty().allSatisfy(d -> {
            assertThat(d.streetId()).isEqualTo(firstStreet);
            assertThat(d.seats()).extracting(SeatInfo::level).contains(Level.DISTRICT);
        });
        assertThat(deputies.count(filter)).isEqualTo(page.size());

        List<DeputySummary> educators = deputies.page(new DeputyFilter(null, null, null, Expertise.EDUCATION, null),
                PageRequest.of(0, 50)).getContent();
        assertThat(educators).isNotEmpty().allSatisfy(d -> assertThat(d.expertise()).contains(Expertise.EDUCATION));
    }

    @Test
    void pagesAreSortedByPinyinInTheDatabase() {
        TestUsers.login(accounts, "office");
        List<DeputySummary> page = deputies.page(DeputyFilter.none(), PageRequest.of(3, 40, Sort.by("namePinyin"))).getContent();
        assertThat(page).hasSize(40);
        List<String> pinyin = page.stream().map(d -> cn.silian.shared.Pinyin.full(d.name())).toList();
        assertThat(pinyin).isSorted();
    }

    @Test
    void aDeputySeesColleaguesPhonesMaskedButHisOwnWhole() {
        TestUsers.login(accounts, "deputy");
        DeputyDetails mine = deputies.mine().orElseThrow();
        assertThat(mine.phone()).doesNotContain("*");
        assertThat(mine.personalDataVisible()).isTrue();
        assertThat(mine.editable()).isFalse();
        List<DeputySummary> others = deputies.page(DeputyFilter.none(), PageRequest.of(0, 30)).getContent();
        assertThat(others).filteredOn(d -> !d.id().equals(mine.id()))
                .allSatisfy(d -> assertThat(d.phone()).matches("\\d{3}\\*{4}\\d{4}"));
    }

    @Test
    void streetStaffSeeWholePhonesOnlyForPeopleOfTheirStreet() {
        TestUsers.login(accounts, "street01");
        Long first = streets.all().get(0).id();
        List<DeputySummary> page = deputies.page(DeputyFilter.none(), PageRequest.of(0, 200)).getContent();
        assertThat(page).filteredOn(d -> d.streetId().equals(first))
                .isNotEmpty().allSatisfy(d -> assertThat(d.phone()).doesNotContain("*"));
        assertThat(page).filteredOn(d -> !d.streetId().equals(first))
                .isNotEmpty().allSatisfy(d -> assertThat(d.phone()).contains("****"));
    }

    @Test
    void matchingAnImportedSheetRevealsNoPhoneStreetStaffMayNotSee() {
        TestUsers.login(accounts, "street01");
        Long first = streets.all().getFirst().id();
        assertThat(deputies.peopleNamed("刘海燕")).isNotEmpty().allSatisfy(p -> {
            if (p.streetId().equals(first)) {
                assertThat(p.phone()).doesNotContain("*");
            } else {
                assertThat(p.phone()).contains("****");
            }
        });
    }

    @Test
    void officeSeesEveryPhoneWhole() {
        TestUsers.login(accounts, "office");
        assertThat(deputies.page(DeputyFilter.none(), PageRequest.of(0, 50)).getContent())
                .allSatisfy(d -> assertThat(d.phone()).doesNotContain("*"));
    }

    @Test
    void deputiesAndStreetStaffCannotChangeTheDirectory() {
        TestUsers.login(accounts, "office");
        long id = createPerson("测试人", null, null);
        long version = deputies.edit(id).version();
        DeputyDraft draft = draft("改名", null, null);
        for (String user : List.of("deputy", "npc", "street01")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> deputies.create(draft)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> deputies.update(id, version, draft)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> deputies.delete(id, version)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> deputies.edit(id)).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.login(accounts, "office");
        assertThat(deputies.get(id).name()).isEqualTo("测试人");
    }

    @Test
    void nobodySignedInReadsNothing() {
        TestUsers.logout();
        assertThatThrownBy(() -> deputies.page(DeputyFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> deputies.get(1L)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void badInputIsRefusedWithAMessageKeyPerFieldAndSavesNothing() {
        TestUsers.login(accounts, "office");
        long before = deputies.count(DeputyFilter.none());
        DeputyDraft empty = draft(" ", "x".repeat(101), "12345");
        empty.setSeats(List.of());
        assertThatThrownBy(() -> deputies.create(empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("name", "employer", "phone", "seats"));
        DeputyDraft twoDistrictSeats = draft("两席", null, null);
        twoDistrictSeats.setSeats(List.of(new SeatInfo(Level.DISTRICT, 18, "第1选区"), new SeatInfo(Level.DISTRICT, 18, "第2选区")));
        assertThatThrownBy(() -> deputies.create(twoDistrictSeats))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).contains("deputy.seats.duplicate"));
        DeputyDraft noStreet = draft("无街道", null, null);
        noStreet.setStreetId(987654L);
        assertThatThrownBy(() -> deputies.create(noStreet)).isInstanceOf(InvalidInputException.class);
        assertThat(deputies.count(DeputyFilter.none())).isEqualTo(before);
    }

    @Test
    void anEditOfAStaleCopyIsRefusedAndTheNewerSaveSurvives() {
        TestUsers.login(accounts, "office");
        long id = createPerson("冲突测试", "甲单位", null);
        Edit<DeputyDraft> first = deputies.edit(id);
        Edit<DeputyDraft> second = deputies.edit(id);

        first.draft().setEmployer("乙单位");
        deputies.update(id, first.version(), first.draft());
        second.draft().setEmployer("丙单位");
        assertThatThrownBy(() -> deputies.update(id, second.version(), second.draft()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(deputies.get(id).employer()).isEqualTo("乙单位");
    }

    @Test
    void everyChangeIsInTheAuditTrailWithBeforeAndAfter() {
        TestUsers.login(accounts, "office");
        long id = createPerson("审计测试", "甲单位", null);
        Edit<DeputyDraft> edit = deputies.edit(id);
        edit.draft().setEmployer("乙单位");
        long version = deputies.update(id, edit.version(), edit.draft());
        deputies.delete(id, version);

        TestUsers.login(accounts, "admin");
        List<AuditRecord> records = audit.page(new AuditFilter(null, "Deputy", null, String.valueOf(id)),
                PageRequest.of(0, 10)).getContent();
        assertThat(records).extracting(AuditRecord::action)
                .containsExactly(AuditEvent.Action.DELETE, AuditEvent.Action.UPDATE, AuditEvent.Action.CREATE);
        assertThat(records).allSatisfy(r -> assertThat(r.actor()).isEqualTo("office"));
        AuditRecord update = records.get(1);
        assertThat(update.before()).contains("甲单位");
        assertThat(update.after()).contains("乙单位");
    }

    @Test
    void aMissingRecordIsNotFound() {
        TestUsers.login(accounts, "office");
        assertThatThrownBy(() -> deputies.get(99_999_999L)).isInstanceOf(NotFoundException.class);
    }

    private List<String> names(String text) {
        return deputies.page(DeputyFilter.text(text), PageRequest.of(0, 50)).map(DeputySummary::name).getContent();
    }

    private long createPerson(String name, String employer, String phone) {
        return deputies.create(draft(name, employer, phone));
    }

    private DeputyDraft draft(String name, String employer, String phone) {
        DeputyDraft d = new DeputyDraft();
        d.setName(name);
        d.setGender(Gender.FEMALE);
        d.setEmployer(employer);
        d.setPhone(phone);
        d.setStreetId(streets.all().get(2).id());
        d.setExpertise(EnumSet.of(Expertise.LAW));
        d.setSeats(List.of(new SeatInfo(Level.DISTRICT, 18, "第9选区")));
        return d;
    }
}
