package cn.silian.opinions;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.ReceptionDraft;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.StationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@Tag("db")
class OpinionServiceTest {

    @Autowired OpinionService opinions;
    @Autowired HandlingUnitService units;
    @Autowired ReceptionService receptions;
    @Autowired StationService stations;
    @Autowired AccountService accounts;
    @Autowired ApplicationEventPublisher events;
    OpinionsTestData data;
    long street01;
    long street02;

    @BeforeEach
    void setUp() {
        data = new OpinionsTestData(accounts);
        street01 = data.streetOf("street01");
        street02 = data.streetOf("street02");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private long recordAs(String username, String text, Long street) {
        return TestUsers.as(accounts, username, () -> opinions.record(OpinionSource.DIRECT, null, OpinionsTestData.draft(text, street)));
    }

    private List<Long> idsSeenBy(String username, OpinionFilter filter) {
        return TestUsers.as(accounts, username, () -> opinions.page(filter, PageRequest.of(0, 1000)).getContent()
                .stream().map(OpinionRow::id).toList());
    }

    @Test
    void streetStaffNeverSeeAnotherStreetsOpinionsByListOrById() {
        long theirs = recordAs("street02", "二街道的路灯坏了", street02);
        long ours = recordAs("street01", "一街道的公交站太远", street01);

        assertThat(idsSeenBy("street01", OpinionFilter.none())).contains(ours).doesNotContain(theirs);
        // Asking for the other street by filter changes nothing.
        assertThat(idsSeenBy("street01", new OpinionFilter(null, null, street02, null, null, null, null))).isEmpty();
        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> opinions.get(theirs)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> opinions.classify(theirs, 0, ReceptionCategory.OTHER, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> opinions.materials(List.of(ours, theirs))).isInstanceOf(NotFoundException.class);
        assertThat(idsSeenBy("office", OpinionFilter.none())).contains(ours, theirs);
    }

    @Test
    void streetStaffRecordForTheirOwnStreetWhateverTheFormSays() {
        long id = recordAs("street01", "写成了别的街道", street02);
        OpinionDetails d = TestUsers.as(accounts, "office", () -> opinions.get(id));
        assertThat(d.streetId()).isEqualTo(street01);
        assertThat(d.state()).isEqualTo(OpinionState.NEW);
        // The person's phone is masked even for the office.
        assertThat(d.contactPhone()).isEqualTo("138****1234");
    }

    @Test
    void aDeputySeesWhatHeHeardOrRecordedAndNotOthers() {
        long deputy = data.deputyOf("deputy");
        long heard = TestUsers.as(accounts, "office", () -> opinions.record(OpinionSource.DIRECT, null,
                new OpinionDraft("代表听到的", ReceptionCategory.HEALTH, street02, null, deputy, null, null)));
        long other = recordAs("office", "别人听到的", street02);
        long own = recordAs("deputy", "自己记录的", street01);

        assertThat(idsSeenBy("deputy", OpinionFilter.none())).contains(heard, own).doesNotContain(other);
        TestUsers.login(accounts, "deputy");
        assertThat(opinions.get(own).heardBy()).isNotNull();
        assertThat(opinions.get(own).rights().triage()).isFalse();
        assertThatThrownBy(() -> opinions.get(other)).isInstanceOf(NotFoundException.class);
        // A deputy does not triage.
        assertThatThrownBy(() -> opinions.resolveOnSpot(own, 0, "已解决", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUnitSeesAndAnswersOnlyTheMattersForwardedToIt() {
        long unitA = data.unitWithAccount(units, "测试交通局", "unit-a");
        long unitB = data.unitWithAccount(units, "测试水务局", "unit-b");
        long toA = recordAs("street01", "交给交通局的", street01);
        long toB = recordAs("street01", "交给水务局的", street01);
        long kept = recordAs("street01", "没有转交的", street01);
        TestUsers.as(accounts, "street01", () -> {
            opinions.forward(toA, opinions.get(toA).version(), unitA);
            return opinions.forward(toB, opinions.get(toB).version(), unitB);
        });

        assertThat(idsSeenBy("unit-a", OpinionFilter.none())).containsExactly(toA);
        assertThat(idsSeenBy("unit-b", OpinionFilter.none())).containsExactly(toB);
        TestUsers.login(accounts, "unit-b");
        assertThatThrownBy(() -> opinions.get(toA)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> opinions.get(kept)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> opinions.answerMatter(toA, 1, "不是我们的", null)).isInstanceOf(NotFoundException.class);
        // A unit does not record or triage.
        assertThatThrownBy(() -> opinions.record(OpinionSource.DIRECT, null, OpinionsTestData.draft("x", street01)))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "unit-a");
        OpinionDetails matter = opinions.get(toA);
        assertThat(matter.rights().answer()).isTrue();
        assertThatThrownBy(() -> opinions.answerMatter(toA, matter.version(), " ", null)).isInstanceOf(InvalidInputException.class);
        opinions.answerMatter(toA, matter.version(), "已安排增设信号灯", "已安排增设信号灯，预计下月完工。");
        OpinionDetails answered = opinions.get(toA);
        assertThat(answered.state()).isEqualTo(OpinionState.ANSWERED_BY_UNIT);
        assertThat(answered.answeredForUnit()).isFalse();
        assertThat(answered.publicAnswer()).startsWith("已安排增设信号灯");
        assertThatThrownBy(() -> opinions.answerMatter(toA, answered.version(), "再答一次", null))
                .isInstanceOf(InvalidInputException.class);

        // The office answers for unit B, and the record says so.
        TestUsers.login(accounts, "office");
        opinions.answerMatter(toB, opinions.get(toB).version(), "代为答复", null);
        assertThat(opinions.get(toB).answeredForUnit()).isTrue();
    }

    @Test
    void forwardingNeedsAnActiveUnit() {
        long id = recordAs("street01", "无处可转", street01);
        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> opinions.forward(id, opinions.get(id).version(), 987654321L))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("opinion.error.unit"));
        assertThat(opinions.get(id).state()).isEqualTo(OpinionState.NEW);
    }

    @Test
    void badInputIsRefusedWithItsFieldsAndNothingIsStored() {
        TestUsers.login(accounts, "street01");
        long before = opinions.count(OpinionFilter.none());
        assertThatThrownBy(() -> opinions.record(OpinionSource.DIRECT, null,
                new OpinionDraft(" ", null, street01, "社".repeat(51), null, null, "12")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("content", "category", "community", "contactPhone"));
        assertThatThrownBy(() -> opinions.record(OpinionSource.DIRECT, null, OpinionsTestData.draft("长".repeat(2001), street01)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> opinions.record(OpinionSource.PUBLIC, 1L, OpinionsTestData.draft("冒充扫码", street01)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> opinions.record(OpinionSource.RECEPTION, null, OpinionsTestData.draft("没有来源", street01)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(opinions.count(OpinionFilter.none())).isEqualTo(before);
    }

    @Test
    void mergedDuplicatesStayVisibleUnderTheOneKept() {
        long kept = recordAs("street01", "小区门口积水", street01);
        long dup = recordAs("street01", "小区门口下雨积水严重", street01);
        long dup2 = recordAs("street01", "门口积水", street01);
        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> opinions.merge(dup, opinions.get(dup).version(), dup)).isInstanceOf(InvalidInputException.class);
        opinions.merge(dup2, opinions.get(dup2).version(), dup);
        // Merging the duplicate moves its own duplicates along to the one kept.
        opinions.merge(dup, opinions.get(dup).version(), kept);

        OpinionDetails k = opinions.get(kept);
        assertThat(k.merged()).extracting(OpinionRow::id).containsExactlyInAnyOrder(dup, dup2);
        OpinionDetails d = opinions.get(dup);
        assertThat(d.state()).isEqualTo(OpinionState.MERGED);
        assertThat(d.mergedInto()).isEqualTo(kept);
        assertThat(d.rights().triage()).isFalse();
        assertThatThrownBy(() -> opinions.resolveOnSpot(dup, d.version(), "已处理", null)).isInstanceOf(InvalidInputException.class);
        // A stale version is refused.
        assertThatThrownBy(() -> opinions.classify(kept, k.version() - 1, ReceptionCategory.HOUSING, null))
                .isInstanceOf(cn.silian.shared.ConcurrentEditException.class);
    }

    @Test
    void resolvedOnTheSpotWithWhatWasDone() {
        long id = recordAs("street01", "楼道灯不亮", street01);
        TestUsers.login(accounts, "street01");
        long v = opinions.classify(id, opinions.get(id).version(), ReceptionCategory.HOUSING, "西园社区");
        assertThat(opinions.get(id).state()).isEqualTo(OpinionState.CLASSIFIED);
        assertThatThrownBy(() -> opinions.resolveOnSpot(id, v, "", null)).isInstanceOf(InvalidInputException.class);
        opinions.resolveOnSpot(id, v, "物业当天更换灯泡", "已更换灯泡。");
        OpinionDetails d = opinions.get(id);
        assertThat(d.state()).isEqualTo(OpinionState.RESOLVED_ON_SPOT);
        assertThat(d.resolution()).isEqualTo("物业当天更换灯泡");
        assertThat(d.closedAt()).isNotNull();
    }

    @Test
    void anOpinionFromAReceptionBelongsToTheStationsStreetAndLinksBack() {
        long station = data.stationOf(stations, "street01");
        long reception = TestUsers.as(accounts, "street01", () -> receptions.log(station, null, new ReceptionDraft(
                LocalDateTime.now(Formats.ZONE).minusHours(2), "李大爷", "13900001111", ReceptionCategory.ENVIRONMENT,
                "河道有异味", null)));
        TestUsers.login(accounts, "street02");
        assertThatThrownBy(() -> opinions.prefill(OpinionSource.RECEPTION, reception)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> opinions.record(OpinionSource.RECEPTION, reception, OpinionsTestData.draft("x", street02)))
                .isInstanceOf(NotFoundException.class);

        TestUsers.login(accounts, "street01");
        SourcedDraft start = opinions.prefill(OpinionSource.RECEPTION, reception);
        assertThat(start.draft().content()).isEqualTo("河道有异味");
        assertThat(start.streetFixed()).isTrue();
        long id = opinions.record(OpinionSource.RECEPTION, reception, start.draft());
        OpinionDetails d = opinions.get(id);
        assertThat(d.sourceRoute()).isEqualTo("stations/" + station);
        assertThat(d.stationId()).isEqualTo(station);
        assertThat(d.contactPhone()).isEqualTo("139****1111");
    }

    @Test
    void aDraftedSuggestionClosesItsOpinionsAndRefusesOnesTheDrafterMayNotRead() {
        long mine = recordAs("deputy", "可以形成建议", street01);
        long notMine = recordAs("office", "代表看不到的", street02);
        TestUsers.login(accounts, "deputy");
        assertThat(opinions.materials(List.of(mine))).singleElement()
                .satisfies(m -> assertThat(m.content()).isEqualTo("可以形成建议"));
        events.publishEvent(new SuggestionDrafted(4242L, List.of(mine), List.of()));
        OpinionDetails d = opinions.get(mine);
        assertThat(d.state()).isEqualTo(OpinionState.IN_SUGGESTION);
        assertThat(d.suggestionId()).isEqualTo(4242L);
        assertThatThrownBy(() -> events.publishEvent(new SuggestionDrafted(4243L, List.of(notMine), List.of())))
                .isInstanceOf(NotFoundException.class);
        // A closed one cannot go into a second suggestion.
        assertThatThrownBy(() -> events.publishEvent(new SuggestionDrafted(4244L, List.of(mine), List.of())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void listsFilterByStateCategorySourceAndText() {
        long a = recordAs("street01", "筛选用的停车难问题", street01);
        recordAs("street01", "筛选用的另一件事", street01);
        assertThat(idsSeenBy("street01", new OpinionFilter(OpinionState.NEW, ReceptionCategory.TRAFFIC, null,
                OpinionSource.DIRECT, "筛选用的停车难", null, null))).containsExactly(a);
        assertThat(idsSeenBy("street01", new OpinionFilter(OpinionState.MERGED, null, null, null, "筛选用的停车难", null, null))).isEmpty();
        java.time.LocalDate today = java.time.LocalDate.now(Formats.ZONE);
        assertThat(idsSeenBy("street01", new OpinionFilter(null, null, null, null, "筛选用的停车难", today, today))).containsExactly(a);
        assertThat(idsSeenBy("street01", new OpinionFilter(null, null, null, null, "筛选用的停车难", today.plusDays(1), null))).isEmpty();
    }

    @Test
    void aTextCountUpToACapIsExactBelowItAndOneMoreThanTheCapAbove() {
        for (int n = 0; n < 3; n++) {
            recordAs("street01", "封顶计数用的井盖松动" + n, street01);
        }
        recordAs("street02", "封顶计数用的井盖松动，另一街道", street02);
        OpinionFilter text = new OpinionFilter(null, null, null, null, "封顶计数用的井盖", null, null);
        TestUsers.login(accounts, "street01");
        assertThat(opinions.count(text)).isEqualTo(3);
        assertThat(opinions.countUpTo(text, 5)).isEqualTo(3);
        assertThat(opinions.countUpTo(text, 3)).isEqualTo(3);
        assertThat(opinions.countUpTo(text, 2)).isEqualTo(3);
        assertThat(opinions.countUpTo(text, 1)).isEqualTo(2);
    }
}
