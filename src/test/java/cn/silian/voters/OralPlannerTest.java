package cn.silian.voters;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OralPlannerTest {

    private static List<OralPlanner.Candidate> people(int n, Map<Long, Integer> oral) {
        return IntStream.range(0, n).mapToObj(i -> new OralPlanner.Candidate(i + 1, "p" + i,
                String.format("pinyin%03d", (i * 37) % n), oral.getOrDefault((long) i + 1, 0))).toList();
    }

    @Test
    void atLeastTheShareIsProposedRoundedUp() {
        assertThat(OralPlanner.needed(386, 0.20)).isEqualTo(78);
        assertThat(OralPlanner.needed(10, 0.20)).isEqualTo(2);
        assertThat(OralPlanner.needed(11, 0.20)).isEqualTo(3);
        assertThat(OralPlanner.propose(people(386, Map.of()), 0.20)).hasSize(78);
        assertThatThrownBy(() -> OralPlanner.needed(10, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thoseWhoHaveNotReportedOrallyComeFirstThenByPinyinThenId() {
        Map<Long, Integer> oral = new HashMap<>();
        for (long id = 1; id <= 8; id++) {
            oral.put(id, 1);
        }
        List<OralPlanner.Candidate> chosen = OralPlanner.propose(people(10, oral), 0.20);
        assertThat(chosen).extracting(OralPlanner.Candidate::deputyId).containsExactlyInAnyOrder(9L, 10L);
        List<OralPlanner.Candidate> ties = List.of(new OralPlanner.Candidate(5, "a", "zhang", 0),
                new OralPlanner.Candidate(3, "b", "li", 0), new OralPlanner.Candidate(2, "c", "li", 0));
        assertThat(OralPlanner.propose(ties, 1.0)).extracting(OralPlanner.Candidate::deputyId).containsExactly(2L, 3L, 5L);
    }

    @Test
    void theSameDataGivesTheSamePlan() {
        List<OralPlanner.Candidate> all = people(50, Map.of(3L, 1, 7L, 2));
        List<OralPlanner.Candidate> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, new java.util.Random(1));
        assertThat(OralPlanner.propose(shuffled, 0.2)).isEqualTo(OralPlanner.propose(all, 0.2));
    }

    @Test
    void fiveYearsOfATermCoverEveryDeputy() {
        for (int n : new int[]{1, 7, 23, 386, 401}) {
            Map<Long, Integer> oral = new HashMap<>();
            for (int year = 0; year < 5; year++) {
                for (OralPlanner.Candidate c : OralPlanner.propose(people(n, oral), 0.20)) {
                    oral.merge(c.deputyId(), 1, Integer::sum);
                }
            }
            assertThat(oral).as("%d deputies", n).hasSize(n);
        }
    }
}
