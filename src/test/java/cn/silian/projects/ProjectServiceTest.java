package cn.silian.projects;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.campaigns.CampaignProject;
import cn.silian.campaigns.CampaignProjects;
import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionRow;
import cn.silian.opinions.OpinionService;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.streets.StreetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("db")
@SilianSpringTest
@Transactional
class ProjectServiceTest {

    @Autowired AccountService accounts;
    @Autowired ProjectService projects;
    @Autowired OpinionService opinions;
    @Autowired StreetService streets;
    @Autowired List<CampaignProjects> campaignProjects;
    @Autowired cn.silian.campaigns.CampaignService campaignService;
    @Autowired JdbcTemplate jdbc;
    @Autowired jakarta.persistence.EntityManager em;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private SilianUser user(String name) {
        return (SilianUser) accounts.loadUserByUsername(name);
    }

    private long street(String staff) {
        return user(staff).streetId();
    }

    private <T> T as(String name, Supplier<T> work) {
        return TestUsers.as(accounts, name, work);
    }

    private long unit01() {
        return user("unit01").unitId();
    }

    private ProjectDraft draft(String title, long street, BigDecimal cost, Set<Long> opinionIds) {
        return new ProjectDraft(title, "为居民做的一件实事。", Set.of(street), cost, unit01(), null, 2027, opinionIds);
    }

    private long total() {
        return as("office", () -> projects.count(ProjectFilter.none()));
    }

    private static String problem(Throwable e) {
        return ((InvalidInputException) e).problems().getFirst().messageKey();
    }

    private long firstOpinionOf(String staff) {
        return as(staff, () -> opinions.page(OpinionFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id());
    }

    @Test
    void theDemoHasFifteenCandidatesFor2026VotedOnTwoMergedOneDeclinedAndFourProposalsFor2027() {
        TestUsers.login(accounts, "office");
        // The demo's January vote settled the fifteen shortlisted candidates: ten adopted, five not.
        assertThat(projects.count(new ProjectFilter(2026, null, ProjectState.ADOPTED, null, null))).isEqualTo(10);
        assertThat(projects.count(new ProjectFilter(2026, null, ProjectState.NOT_ADOPTED, null, null))).isEqualTo(5);
        assertThat(projects.count(new ProjectFilter(2026, null, ProjectState.SHORTLISTED, null, null))).isZero();
        assertThat(projects.count(new ProjectFilter(2026, null, ProjectState.MERGED, null, null))).isEqualTo(2);
        assertThat(projects.count(new ProjectFilter(2026, null, ProjectState.DECLINED, null, null))).isEqualTo(1);
        assertThat(projects.count(new ProjectFilter(2027, null, ProjectState.PROPOSED, null, null))).isEqualTo(4);
        assertThat(projects.page(new ProjectFilter(2026, null, ProjectState.ADOPTED, null, null), Pageable.unpaged())
                .getContent()).allSatisfy(r -> {
                    assertThat(r.unitName()).isNotBlank();
                    assertThat(r.estimatedCost()).isPositive();
                    assertThat(r.streetNames()).isNotEmpty();
                });
        ProjectRow merged = projects.page(new ProjectFilter(2026, null, ProjectState.MERGED, null, null), Pageable.unpaged())
                .getContent().getFirst();
        ProjectDetails d = projects.get(merged.id());
        assertThat(d.mergedInto()).isNotNull();
        assertThat(d.decisionReason()).isNotBlank();
        assertThat(projects.get(d.mergedInto()).mergedFrom()).contains(d.id());
    }

    @Test
    void aStreetsStaffProposeForTheirStreetAndOnlyTheyAndTheOfficeSeeItUntilItIsShortlisted() {
        long street = street("street01");
        long opinion = firstOpinionOf("street01");
        long id = as("street01", () -> projects.propose(draft("社区食堂", street, new BigDecimal("12.5"), Set.of(opinion))));
        ProjectDetails d = as("street01", () -> projects.get(id));
        assertThat(d.state()).isEqualTo(ProjectState.PROPOSED);
        assertThat(d.proposerKind()).isEqualTo(ProposerKind.STREET);
        assertThat(d.proposerName()).isEqualTo(as("office", () -> streets.find(street).orElseThrow().name()));
        assertThat(d.estimatedCost()).isEqualByComparingTo("12.50");
        assertThat(d.estimatedCost().scale()).isEqualTo(2);
        assertThat(d.year()).isEqualTo(2027);
        assertThat(d.opinionIds()).containsExactly(opinion);
        assertThat(d.rights().edit()).isTrue();
        assertThat(d.rights().decide()).isFalse();
        assertThat(as("office", () -> projects.get(id)).rights().decide()).isTrue();

        assertThatThrownBy(() -> as("street02", () -> projects.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("deputy", () -> projects.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("unit01", () -> projects.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(as("street02", () -> projects.page(ProjectFilter.none(), Pageable.unpaged()).getContent()))
                .extracting(ProjectRow::id).doesNotContain(id);

        as("office", () -> projects.shortlist(id, projects.get(id).version(), "群众急需"));
        // The candidate list is published to every deputy, and to the department that would carry it out.
        assertThat(as("deputy", () -> projects.get(id)).state()).isEqualTo(ProjectState.SHORTLISTED);
        assertThat(as("npc", () -> projects.get(id)).rights().edit()).isFalse();
        assertThat(as("unit01", () -> projects.get(id)).title()).isEqualTo("社区食堂");
        assertThatThrownBy(() -> as("street02", () -> projects.get(id))).isInstanceOf(NotFoundException.class);
        ProjectDetails shortlisted = as("office", () -> projects.get(id));
        assertThat(shortlisted.decisionReason()).isEqualTo("群众急需");
        assertThat(shortlisted.decidedBy().displayName()).isEqualTo("代表工委 王敏");
    }

    @Test
    void aDeputyProposesAndEditsHisOwnButNotAnothersAndTheOfficeAnyStreet() {
        long street2 = street("street02");
        long id = as("deputy", () -> projects.propose(draft("公交候车亭", street2, null, Set.of())));
        ProjectDetails d = as("deputy", () -> projects.get(id));
        assertThat(d.proposerKind()).isEqualTo(ProposerKind.DEPUTY);
        assertThat(d.proposerName()).isEqualTo("陈志强");
        long version = as("deputy", () -> projects.update(id, d.version(),
                new ProjectDraft("公交候车亭改造", "加装遮雨棚。", Set.of(street2, street("street01")), BigDecimal.TEN,
                        null, null, null, Set.of())));
        ProjectDetails edited = as("deputy", () -> projects.get(id));
        assertThat(edited.title()).isEqualTo("公交候车亭改造");
        assertThat(edited.streets()).hasSize(2);
        assertThat(edited.version()).isEqualTo(version);
        assertThat(edited.unitId()).isNull();
        // another deputy does not see an unpublished proposal
        assertThatThrownBy(() -> as("npc", () -> projects.update(id, version, draft("x", street2, null, Set.of()))))
                .isInstanceOf(NotFoundException.class);
        long office = as("office", () -> projects.propose(draft("全区项目", street2, BigDecimal.ONE, Set.of())));
        assertThat(as("office", () -> projects.get(office)).proposerKind()).isEqualTo(ProposerKind.OFFICE);
    }

    @Test
    void badInputIsRefusedWithItsReasonAndChangesNothing() {
        long street = street("street01");
        long before = total();
        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> projects.propose(draft(" ", street, null, Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("validation.required"));
        assertThatThrownBy(() -> projects.propose(draft("长".repeat(101), street, null, Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> projects.propose(draft("负数", street, new BigDecimal("-1"), Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.cost.negative"));
        assertThatThrownBy(() -> projects.propose(draft("太贵", street, new BigDecimal("1000000.01"), Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.cost.too-high"));
        assertThatThrownBy(() -> projects.propose(draft("三位小数", street, new BigDecimal("1.005"), Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.cost.scale"));
        assertThatThrownBy(() -> projects.propose(new ProjectDraft("无街道", "内容", Set.of(), null, null, null, 2027, Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.streets.required"));
        assertThatThrownBy(() -> projects.propose(draft("别的街道", street("street02"), null, Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.streets.not-own"));
        assertThatThrownBy(() -> projects.propose(new ProjectDraft("无年度", "内容", Set.of(street), null, null, null, null, Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.year.invalid"));
        assertThatThrownBy(() -> projects.propose(new ProjectDraft("无此调研月", "内容", Set.of(street), null, null, -5L, null, Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.campaign.unknown"));
        assertThatThrownBy(() -> projects.propose(new ProjectDraft("无此单位", "内容", Set.of(street), null, -5L, null, 2027, Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.unit.unknown"));
        TestUsers.logout();
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void anOpinionTheCallerMayNotSeeCannotBeLinkedNeitherWhenProposingNorWhenEditing() {
        long street = street("street01");
        long others = firstOpinionOf("street02");
        long before = total();
        assertThatThrownBy(() -> as("street01", () -> projects.propose(draft("借用意见", street, null, Set.of(others)))))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.opinion.unknown"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aStaleCopyAndAClosedStateAreRefusedAndChangeNothing() {
        long street = street("street01");
        long id = as("street01", () -> projects.propose(draft("路灯", street, null, Set.of())));
        long read = as("street01", () -> projects.get(id)).version();
        as("office", () -> projects.update(id, read, draft("路灯改造", street, null, Set.of())));
        assertThatThrownBy(() -> as("street01", () -> projects.update(id, read, draft("路灯更换", street, null, Set.of()))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> as("office", () -> projects.shortlist(id, read, "理由")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(as("office", () -> projects.get(id)).title()).isEqualTo("路灯改造");

        long now = as("office", () -> projects.get(id)).version();
        assertThatThrownBy(() -> as("office", () -> projects.shortlist(id, now, " ")))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("validation.required"));
        as("office", () -> projects.decline(id, now, "不属于民生实事"));
        long declined = as("office", () -> projects.get(id)).version();
        assertThatThrownBy(() -> as("street01", () -> projects.update(id, declined, draft("再改", street, null, Set.of()))))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.state.wrong"));
        ProjectDetails d = as("street01", () -> projects.get(id));
        assertThat(d.state()).isEqualTo(ProjectState.DECLINED);
        assertThat(d.title()).isEqualTo("路灯改造");
        assertThat(d.rights().edit()).isFalse();
    }

    @Test
    void aProjectWithoutDepartmentIsNotShortlisted() {
        long street = street("street01");
        long id = as("street01", () -> projects.propose(new ProjectDraft("无单位", "内容", Set.of(street), null, null,
                null, 2027, Set.of())));
        long version = as("office", () -> projects.get(id)).version();
        assertThatThrownBy(() -> as("office", () -> projects.shortlist(id, version, "理由")))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.unit.required-to-shortlist"));
        assertThat(as("office", () -> projects.get(id)).state()).isEqualTo(ProjectState.PROPOSED);
    }

    @Test
    void mergingMovesStreetsAndOpinionsToTheKeptProjectOfTheSameYear() {
        long s1 = street("street01");
        long s2 = street("street02");
        long o1 = firstOpinionOf("street01");
        long o2 = firstOpinionOf("street02");
        long kept = as("street01", () -> projects.propose(draft("加装电梯", s1, null, Set.of(o1))));
        long folded = as("street02", () -> projects.propose(draft("电梯加装", s2, null, Set.of(o2))));
        long other = as("office", () -> projects.propose(new ProjectDraft("下一年", "内容", Set.of(s1), null, null, null, 2028,
                Set.of())));
        TestUsers.login(accounts, "office");
        long version = projects.get(folded).version();
        assertThatThrownBy(() -> projects.merge(folded, version, other, "重复"))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.merge.invalid"));
        assertThatThrownBy(() -> projects.merge(folded, version, folded, "重复"))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("project.merge.invalid"));
        assertThat(projects.get(folded).state()).isEqualTo(ProjectState.PROPOSED);
        projects.merge(folded, version, kept, "内容重复");
        ProjectDetails k = projects.get(kept);
        assertThat(k.streets()).extracting(s -> s.id()).containsExactlyInAnyOrder(s1, s2);
        assertThat(k.opinionIds()).containsExactlyInAnyOrder(o1, o2);
        assertThat(k.mergedFrom()).containsExactly(folded);
        ProjectDetails f = projects.get(folded);
        assertThat(f.state()).isEqualTo(ProjectState.MERGED);
        assertThat(f.mergedInto()).isEqualTo(kept);
        assertThat(f.decisionReason()).isEqualTo("内容重复");
        // merged into a project of both streets: street02's staff now see the kept one
        TestUsers.logout();
        assertThat(as("street02", () -> projects.get(kept)).title()).isEqualTo("加装电梯");
    }

    @Test
    void onlyTheOfficeDecidesAndAUnitOrAnAccountWithoutRolesProposesNothing() {
        long street = street("street01");
        long id = as("street01", () -> projects.propose(draft("待定", street, null, Set.of())));
        long before = total();
        assertThatThrownBy(() -> as("deputy", () -> projects.shortlist(id, 0, "我同意")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("street01", () -> projects.decline(id, 0, "不要了")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("street01", () -> projects.merge(id, 0, id, "不要了")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("unit01", () -> projects.propose(draft("单位项目", street, null, Set.of()))))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.loginWithoutRoles(accounts, "office");
        assertThatThrownBy(() -> projects.propose(draft("无角色", street, null, Set.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.page(ProjectFilter.none(), Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.get(id)).isInstanceOf(AccessDeniedException.class);
        TestUsers.logout();
        assertThat(total()).isEqualTo(before);
        assertThat(as("office", () -> projects.get(id)).state()).isEqualTo(ProjectState.PROPOSED);
    }

    @Test
    void theListFiltersByYearStateStreetAndTextInTheDatabase() {
        TestUsers.login(accounts, "office");
        long first = streets.all().getFirst().id();
        List<ProjectRow> ofFirst = projects.page(new ProjectFilter(2026, null, null, first, null), Pageable.unpaged()).getContent();
        assertThat(ofFirst).isNotEmpty().allSatisfy(r -> assertThat(r.streetNames()).contains(streets.all().getFirst().name()));
        assertThat(projects.page(new ProjectFilter(null, null, null, null, "电梯"), Pageable.unpaged()).getContent())
                .isNotEmpty().allSatisfy(r -> assertThat(r.title()).contains("电梯"));
        assertThat(projects.page(new ProjectFilter(2026, null, null, null, null), PageRequest.of(0, 5)).getContent()).hasSize(5);
        TestUsers.logout();
        // street01 sees his street's, of every state; a unit only its own department's, once shortlisted
        assertThat(as("street01", () -> projects.count(new ProjectFilter(2026, null, null, null, null))))
                .isEqualTo(as("office", () -> projects.count(new ProjectFilter(2026, null, null, first, null))));
        List<ProjectRow> unit = as("unit01", () -> projects.page(ProjectFilter.none(), Pageable.unpaged()).getContent());
        assertThat(unit).isNotEmpty().allSatisfy(r -> assertThat(r.state()).isNotIn(ProjectState.PROPOSED,
                ProjectState.MERGED, ProjectState.DECLINED));
    }

    @Test
    void aCampaignListsItsProjectsWithNamesAndOpinionCountsMergedOnesLeftOut() {
        long s1 = street("street01");
        // A campaign of its own, for a year no demo campaign collects for, so that it holds only this test's projects.
        long campaign = as("office", () -> {
            java.time.LocalDate today = cn.silian.opinions.OpinionsClock.today();
            long id = campaignService.create(new cn.silian.campaigns.CampaignDraft("test campaign", null, 2046, today,
                    today.plusDays(10), List.of(new cn.silian.campaigns.StreetTarget(s1, 1, null)), Set.of()));
            campaignService.open(id, campaignService.details(id).version());
            return id;
        });
        long o1 = firstOpinionOf("street01");
        long byStreet = as("street01", () -> projects.propose(draft("街道项目", s1, new BigDecimal("8"), Set.of(o1))));
        long byDeputy = as("deputy", () -> projects.propose(draft("代表项目", s1, null, Set.of())));
        long folded = as("deputy", () -> projects.propose(draft("被合并", s1, null, Set.of())));
        jdbc.update("UPDATE livelihood_project SET campaign_id = ? WHERE id IN (?, ?, ?)", campaign, byStreet, byDeputy, folded);
        // the entities read before the update would write their old campaign back
        em.clear();
        as("office", () -> projects.merge(folded, projects.get(folded).version(), byDeputy, "重复"));

        assertThat(campaignProjects).hasSize(1);
        List<CampaignProject> listed = as("office", () -> campaignProjects.getFirst().projectsOf(campaign));
        assertThat(listed).extracting(CampaignProject::id).containsExactly(byStreet, byDeputy);
        CampaignProject street = listed.getFirst();
        assertThat(street.proposerName()).isEqualTo(as("office", () -> streets.find(s1).orElseThrow().name()));
        assertThat(street.proposerDeputyId()).isNull();
        assertThat(street.opinionCount()).isEqualTo(1);
        assertThat(street.unitName()).isNotBlank();
        assertThat(street.stateKey()).isEqualTo("project.state.PROPOSED");
        assertThat(street.streetIds()).containsExactly(s1);
        CampaignProject deputy = listed.get(1);
        assertThat(deputy.proposerName()).isEqualTo("陈志强");
        assertThat(deputy.proposerDeputyId()).isEqualTo(user("deputy").deputyId());
    }
}
