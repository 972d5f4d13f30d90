package cn.silian.opinions;

import cn.silian.ActivityEvents;
import cn.silian.SilianSpringTest;
import cn.silian.performance.ActivityKind;
import cn.silian.performance.DutyActivity;
import cn.silian.performance.DutyPoints;
import cn.silian.performance.PointsQuery;
import cn.silian.shared.Formats;
import cn.silian.stations.ReceptionCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A suggestion's steps earn and withdraw its deputies' points, and the replay source agrees with the events. */
@SilianSpringTest
@org.springframework.transaction.annotation.Transactional
class SuggestionActivityTest extends SuggestionsTestBase {

    @Autowired PointsQuery points;
    @Autowired SuggestionActivity source;
    @Autowired ActivityEvents events;
    @Autowired OpinionService opinions;
    @Autowired OpinionActivity opinionSource;

    private final int year = LocalDate.now(Formats.ZONE).getYear();

    private long entries(long deputyId, String code) {
        return as("office", () -> points.byDuty(deputyId, year, Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(d -> d.code().equals(code)).mapToLong(DutyPoints::entries).sum();
    }

    private List<DutyActivity> fromSource(long id, long deputyId) {
        return as("office", () -> source.activitiesOf(deputyId, year)).stream().filter(a -> a.sourceId() == id).toList();
    }

    @Test
    void submittingEarnsTheLeadAndTheConfirmedCosignerAndRatingEarnsTheLeadOnce() {
        long led = entries(deputy, "SUGGESTION_LED");
        long cosigned = entries(npc, "SUGGESTION_COSIGNED");
        long rated = entries(deputy, "SUGGESTION_RATED");
        SuggestionDetails d = answered();
        assertThat(entries(deputy, "SUGGESTION_LED")).isEqualTo(led + 1);
        assertThat(entries(npc, "SUGGESTION_COSIGNED")).isEqualTo(cosigned + 1);
        assertThat(entries(deputy, "SUGGESTION_RATED")).isEqualTo(rated);

        as("deputy", () -> service.rate(d.id(), service.get(d.id()).version(), Satisfaction.SATISFIED, null));
        assertThat(entries(deputy, "SUGGESTION_RATED")).isEqualTo(rated + 1);

        List<DutyActivity> said = events.last(SuggestionActivity.TYPE, d.id()).orElseThrow();
        assertThat(said).extracting(DutyActivity::kind).containsExactlyInAnyOrder(
                ActivityKind.SUGGESTION_LED, ActivityKind.SUGGESTION_COSIGNED, ActivityKind.SUGGESTION_RATED);
        assertThat(fromSource(d.id(), deputy)).containsExactlyInAnyOrderElementsOf(
                said.stream().filter(a -> a.deputyId() == deputy).toList());
        assertThat(fromSource(d.id(), npc)).containsExactlyInAnyOrderElementsOf(
                said.stream().filter(a -> a.deputyId() == npc).toList());
        assertThat(as("office", () -> source.activitiesIn(year))).containsAll(said);
    }

    @Test
    void aKeySuggestionEarnsItsLeadAndUnmarkingWithdrawsIt() {
        long key = entries(deputy, "KEY_SUGGESTION");
        SuggestionDetails d = accepted();
        as("office", () -> service.markKey(d.id(), service.get(d.id()).version(), new KeyMark("副区长", null)));
        assertThat(entries(deputy, "KEY_SUGGESTION")).isEqualTo(key + 1);
        as("office", () -> service.unmarkKey(d.id(), service.get(d.id()).version()));
        assertThat(entries(deputy, "KEY_SUGGESTION")).isEqualTo(key);
        assertThat(fromSource(d.id(), deputy)).extracting(DutyActivity::kind).containsExactly(ActivityKind.SUGGESTION_LED);
    }

    @Test
    void withdrawingOrNotFilingTakesThePointsBack() {
        long led = entries(deputy, "SUGGESTION_LED");
        long first = drafted();
        as("deputy", () -> service.submit(first, service.get(first).version(), null));
        long second = drafted();
        as("deputy", () -> service.submit(second, service.get(second).version(), null));
        assertThat(entries(deputy, "SUGGESTION_LED")).isEqualTo(led + 2);

        as("deputy", () -> service.withdraw(first, service.get(first).version(), null));
        as("office", () -> service.notFile(second, service.get(second).version(), "转为来信办理"));
        assertThat(entries(deputy, "SUGGESTION_LED")).isEqualTo(led);
        assertThat(events.last(SuggestionActivity.TYPE, first).orElseThrow()).isEmpty();
        assertThat(events.last(SuggestionActivity.TYPE, second).orElseThrow()).isEmpty();
        assertThat(fromSource(first, deputy)).isEmpty();
        assertThat(fromSource(second, deputy)).isEmpty();
    }

    @Test
    void anOpinionADeputyHeardIsCollectedUntilItIsMergedAway() {
        long collected = entries(deputy, "OPINION_COLLECTED");
        long street = ((cn.silian.security.SilianUser) accounts.loadUserByUsername("street01")).streetId();
        long heard = as("deputy", () -> opinions.record(OpinionSource.DIRECT, null,
                new OpinionDraft("小区门口路灯不亮", ReceptionCategory.TRAFFIC, street, null, null, null, null)));
        long kept = as("deputy", () -> opinions.record(OpinionSource.DIRECT, null,
                new OpinionDraft("小区门口的路灯坏了", ReceptionCategory.TRAFFIC, street, null, null, null, null)));
        assertThat(entries(deputy, "OPINION_COLLECTED")).isEqualTo(collected + 2);
        assertThat(as("office", () -> opinionSource.activitiesOf(deputy, year))).extracting(DutyActivity::sourceId)
                .contains(heard, kept);

        as("office", () -> opinions.merge(heard, opinions.get(heard).version(), kept));
        assertThat(entries(deputy, "OPINION_COLLECTED")).isEqualTo(collected + 1);
        assertThat(events.last(OpinionActivity.TYPE, heard).orElseThrow()).isEmpty();
        assertThat(as("office", () -> opinionSource.activitiesOf(deputy, year))).extracting(DutyActivity::sourceId)
                .contains(kept).doesNotContain(heard);
    }
}
