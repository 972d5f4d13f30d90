package cn.silian.topics;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditRecord;
import cn.silian.audit.AuditService;
import cn.silian.people.Expertise;
import cn.silian.security.AccountService;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@Tag("db")
class TopicServiceTest {

    /** A year the demo data leaves alone, so the tests own its theme. */
    static final int YEAR = 2031;

    @Autowired TopicService topics;
    @Autowired AuditService audit;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void theOfficeSetsOneThemeAYear() {
        TestUsers.login(accounts, "office");
        ThemeRow theme = topics.setTheme(YEAR, null, "共同富裕", "说明");
        assertThat(topics.theme(YEAR)).contains(theme);
        assertThat(topics.years()).contains(YEAR, LocalDate.now(cn.silian.shared.Formats.ZONE).getYear());

        // A second "new" theme for the same year means somebody else created it meanwhile.
        assertThatThrownBy(() -> topics.setTheme(YEAR, null, "另一个", null)).isInstanceOf(ConcurrentEditException.class);
        ThemeRow edited = topics.setTheme(YEAR, theme.version(), "共同富裕示范", null);
        assertThat(edited.title()).isEqualTo("共同富裕示范");
        assertThatThrownBy(() -> topics.setTheme(YEAR, theme.version(), "过时", null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(topics.theme(YEAR).orElseThrow().title()).isEqualTo("共同富裕示范");
        assertThatThrownBy(() -> topics.setTheme(YEAR, edited.version(), " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("title"));

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> topics.setTheme(YEAR + 1, null, "x", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOfficeCreatesADraftThatDeputiesDoNotSeeUntilItOpens() {
        long id = TestUsers.as(accounts, "office", () -> {
            theme(topics, YEAR);
            return topics.create(draft("社区停车难问题调研"));
        });

        TestUsers.login(accounts, "office");
        TopicDetails details = topics.get(id);
        assertThat(details.summary().status()).isEqualTo(TopicStatus.DRAFT);
        assertThat(details.manageable()).isTrue();
        assertThat(details.themeTitle()).isNotBlank();
        assertThat(details.proposedBy()).isEqualTo("office");

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> topics.get(id)).isInstanceOf(NotFoundException.class);
        assertThat(ids(topics.page(TopicFilter.year(YEAR), PageRequest.of(0, 50)).getContent())).doesNotContain(id);

        TestUsers.login(accounts, "office");
        topics.changeStatus(id, details.version(), TopicStatus.OPEN);
        TestUsers.login(accounts, "deputy");
        assertThat(topics.get(id).manageable()).isFalse();
        assertThat(ids(topics.page(TopicFilter.year(YEAR), PageRequest.of(0, 50)).getContent())).contains(id);
    }

    @Test
    void badInputIsRefusedWithItsFieldsAndNothingIsSaved() {
        TestUsers.login(accounts, "office");
        theme(topics, YEAR);
        long before = topics.count(TopicFilter.none());

        TopicDraft bad = draft(" ");
        bad.setEndsOn(bad.getStartsOn().minusDays(1));
        assertThatThrownBy(() -> topics.create(bad)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(fields(e)).containsExactlyInAnyOrder("title", "endsOn");
            assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey)
                    .contains("validation.required", "validation.end-before-start");
        });

        TopicDraft noTheme = draft("没有主题的年份");
        noTheme.setYear(2099);
        noTheme.setStartsOn(LocalDate.of(2099, 1, 1));
        noTheme.setEndsOn(LocalDate.of(2099, 12, 31));
        assertThat(topics.theme(2099)).isEmpty();
        assertThatThrownBy(() -> topics.create(noTheme)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(fields(e)).containsExactly("year");
            assertThat(e.problems().getFirst().messageKey()).isEqualTo("topic.theme.missing");
        });

        TopicDraft noDates = draft("没有日期");
        noDates.setStartsOn(null);
        noDates.setEndsOn(null);
        assertThatThrownBy(() -> topics.create(noDates)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(fields(e)).containsExactlyInAnyOrder("startsOn", "endsOn"));
        assertThat(topics.count(TopicFilter.none())).isEqualTo(before);
    }

    @Test
    void aDeputyProposesButCannotCreateAndOtherDeputiesDoNotSeeHisProposal() {
        TestUsers.as(accounts, "office", () -> theme(topics, YEAR));
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> topics.create(draft("自己立项"))).isInstanceOf(AccessDeniedException.class);
        long id = topics.propose(draft("社区食堂调研"));
        TopicDetails mine = topics.get(id);
        assertThat(mine.summary().status()).isEqualTo(TopicStatus.PROPOSED);
        assertThat(mine.proposedBy()).isEqualTo("deputy");
        assertThat(mine.revisable()).isFalse();
        assertThat(ids(topics.page(TopicFilter.year(YEAR), PageRequest.of(0, 50)).getContent())).contains(id);

        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> topics.get(id)).isInstanceOf(NotFoundException.class);
        assertThat(ids(topics.page(TopicFilter.year(YEAR), PageRequest.of(0, 50)).getContent())).doesNotContain(id);
        assertThatThrownBy(() -> topics.update(id, mine.version(), draft("改别人的"))).isInstanceOf(NotFoundException.class);

        TestUsers.login(accounts, "office");
        assertThat(topics.get(id).summary().status()).isEqualTo(TopicStatus.PROPOSED);

        TestUsers.login(accounts, "street01");
        long street = topics.propose(draft("背街小巷照明"));
        assertThat(topics.get(street).summary().status()).isEqualTo(TopicStatus.PROPOSED);
        assertThat(topics.get(street).proposedBy()).isEqualTo("street01");
        assertThatThrownBy(() -> topics.create(draft("街道立项"))).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "office");
        assertThatThrownBy(() -> topics.propose(draft("办公室提议"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProposalGoesUpAndDownUntilApprovedAndTheReviewTrailKeepsEveryComment() {
        TestUsers.as(accounts, "office", () -> theme(topics, YEAR));
        long id = TestUsers.as(accounts, "deputy", () -> topics.propose(draft("社区食堂调研")));

        TestUsers.login(accounts, "office");
        long v0 = topics.get(id).version();
        assertThatThrownBy(() -> topics.review(id, v0, ReviewDecision.RETURN, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("comment"));
        assertThatThrownBy(() -> topics.review(id, v0, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).contains("decision"));
        assertThat(topics.get(id).summary().status()).isEqualTo(TopicStatus.PROPOSED);
        topics.review(id, v0, ReviewDecision.RETURN, "请补充调研对象");

        TestUsers.login(accounts, "deputy");
        TopicDetails returned = topics.get(id);
        assertThat(returned.summary().status()).isEqualTo(TopicStatus.RETURNED);
        assertThat(returned.revisable()).isTrue();
        TopicDraft revised = topics.edit(id).draft();
        revised.setGoals("调研 8 家社区食堂的运营成本");
        topics.update(id, returned.version(), revised);
        assertThat(topics.get(id).summary().status()).isEqualTo(TopicStatus.PROPOSED);
        assertThat(topics.get(id).revisable()).isFalse();
        assertThatThrownBy(() -> topics.edit(id)).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "office");
        topics.review(id, topics.get(id).version(), ReviewDecision.RETURN, "请明确时间安排");
        TestUsers.login(accounts, "deputy");
        topics.update(id, topics.get(id).version(), topics.edit(id).draft());

        TestUsers.login(accounts, "office");
        topics.review(id, topics.get(id).version(), ReviewDecision.APPROVE, null);
        TopicDetails approved = topics.get(id);
        assertThat(approved.summary().status()).isEqualTo(TopicStatus.DRAFT);
        assertThat(approved.goals()).isEqualTo("调研 8 家社区食堂的运营成本");
        assertThatThrownBy(() -> topics.review(id, approved.version(), ReviewDecision.APPROVE, null))
                .isInstanceOf(InvalidInputException.class);
        List<ReviewRow> trail = topics.reviews(id);
        assertThat(trail).extracting(ReviewRow::decision)
                .containsExactly(ReviewDecision.RETURN, ReviewDecision.RETURN, ReviewDecision.APPROVE);
        assertThat(trail).extracting(ReviewRow::comment).containsExactly("请补充调研对象", "请明确时间安排", null);

        TestUsers.login(accounts, "deputy");
        assertThat(topics.reviews(id)).hasSize(3);
        assertThatThrownBy(() -> topics.update(id, approved.version(), topics.edit(id).draft()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStatusMovesOnlyAlongItsLife() {
        TestUsers.login(accounts, "office");
        theme(topics, YEAR);
        long id = topics.create(draft("状态流转"));
        long v = topics.get(id).version();
        assertThatThrownBy(() -> topics.changeStatus(id, v, TopicStatus.IN_PROGRESS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("status"));
        assertThatThrownBy(() -> topics.changeStatus(id, v, TopicStatus.PROPOSED)).isInstanceOf(InvalidInputException.class);
        assertThat(topics.get(id).summary().status()).isEqualTo(TopicStatus.DRAFT);
        long version = v;
        for (TopicStatus next : List.of(TopicStatus.OPEN, TopicStatus.IN_PROGRESS, TopicStatus.CONCLUDED, TopicStatus.ARCHIVED)) {
            version = topics.changeStatus(id, version, next);
            assertThat(topics.get(id).summary().status()).isEqualTo(next);
        }
        long archived = version;
        assertThatThrownBy(() -> topics.update(id, archived, draft("归档后修改"))).isInstanceOf(InvalidInputException.class);
        assertThat(topics.get(id).summary().title()).isEqualTo("状态流转");

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> topics.changeStatus(id, archived, TopicStatus.DRAFT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() {
        TestUsers.login(accounts, "office");
        theme(topics, YEAR);
        long id = topics.create(draft("并发编辑"));
        long v = topics.get(id).version();
        TopicDraft first = topics.edit(id).draft();
        first.setTitle("第一次修改");
        topics.update(id, v, first);
        TopicDraft second = topics.edit(id).draft();
        second.setTitle("第二次修改");
        assertThatThrownBy(() -> topics.update(id, v, second)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> topics.changeStatus(id, v, TopicStatus.OPEN)).isInstanceOf(ConcurrentEditException.class);
        TopicDetails now = topics.get(id);
        assertThat(now.summary().title()).isEqualTo("第一次修改");
        assertThat(now.summary().status()).isEqualTo(TopicStatus.DRAFT);
    }

    @Test
    void everyChangeIsAudited() {
        long id = TestUsers.as(accounts, "office", () -> {
            theme(topics, YEAR);
            long created = topics.create(draft("审计"));
            long v = topics.update(created, topics.get(created).version(), draft("审计（修改）"));
            topics.changeStatus(created, v, TopicStatus.OPEN);
            return created;
        });
        long proposal = TestUsers.as(accounts, "deputy", () -> topics.propose(draft("提议")));
        TestUsers.as(accounts, "office", () -> topics.review(proposal, topics.get(proposal).version(),
                ReviewDecision.REJECT, "不属于今年主题"));

        TestUsers.login(accounts, "admin");
        List<AuditRecord> trail = audit.page(new AuditFilter(null, TopicService.TYPE, null, String.valueOf(id)),
                PageRequest.of(0, 10)).getContent();
        assertThat(trail).extracting(AuditRecord::action)
                .containsExactlyInAnyOrder(AuditEvent.Action.CREATE, AuditEvent.Action.UPDATE, AuditEvent.Action.UPDATE);
        assertThat(trail).allSatisfy(r -> assertThat(r.actor()).isEqualTo("office"));
        assertThat(audit.page(new AuditFilter(null, TopicService.TYPE, null, String.valueOf(proposal)),
                PageRequest.of(0, 10)).getContent()).extracting(AuditRecord::actor)
                .containsExactlyInAnyOrder("deputy", "office");
        assertThat(audit.page(new AuditFilter("office", TopicService.THEME_TYPE, null, null), PageRequest.of(0, 50))
                .getContent()).isNotEmpty();
    }

    /** The theme of {@code year}, created when missing; the caller is the office. */
    static ThemeRow theme(TopicService topics, int year) {
        return topics.theme(year).orElseGet(() -> topics.setTheme(year, null, "测试主题 " + year, null));
    }

    static TopicDraft draft(String title) {
        TopicDraft d = new TopicDraft();
        d.setYear(YEAR);
        d.setTitle(title);
        d.setBackground("背景\n第二行");
        d.setLeadOffice("代表工委");
        d.setStartsOn(LocalDate.of(YEAR, 3, 1));
        d.setEndsOn(LocalDate.of(YEAR, 12, 31));
        d.setExpertise(EnumSet.of(Expertise.EDUCATION, Expertise.HEALTH));
        return d;
    }

    static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.Problem::field).toList();
    }

    private static List<Long> ids(List<TopicSummary> rows) {
        return rows.stream().map(TopicSummary::id).toList();
    }
}
