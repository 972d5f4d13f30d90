package cn.silian.statistics;

import cn.silian.opinions.Satisfaction;
import cn.silian.people.Level;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FigureBuilderTest {

    @Test
    void everyLevelHasItsRowAndARateOnlyWhereSomethingWasDue() {
        Figure f = FigureBuilder.participationByLevel(
                List.<Object[]>of(new Object[]{"DISTRICT", 8L, 6L}, new Object[]{"NATIONAL", 3L, 3L}),
                List.<Object[]>of(new Object[]{4, 4L, 1L}));
        assertThat(f.rows()).extracting(Figure.Row::labelKey)
                .containsExactly(java.util.Arrays.stream(Level.values()).map(Level::messageKey).toArray(String[]::new));
        Figure.Row district = f.rows().get(Level.DISTRICT.ordinal());
        assertThat(district.values()).containsExactly(8.0, 6.0, 75.0, 4.0, 1.0, 25.0);
        assertThat(f.rows().get(Level.CITY.ordinal()).values()).containsExactly(0.0, 0.0, null, 0.0, 0.0, null);
        assertThat(f.text(district, 2)).isEqualTo("75.0");
        assertThat(f.text(f.rows().get(Level.CITY.ordinal()), 2)).isEqualTo("–");
    }

    @Test
    void sharesOfTheRatingsAddUpToAHundred() {
        Figure f = FigureBuilder.satisfaction("satisfaction",
                List.<Object[]>of(new Object[]{"SATISFIED", 2L}, new Object[]{"NOT_SATISFIED", 1L}));
        assertThat(f.rows()).hasSize(Satisfaction.values().length);
        assertThat(f.rows()).extracting(r -> r.values().get(1)).containsExactly(66.7, 0.0, 33.3);
        assertThat(f.total(0)).isEqualTo(3);
    }

    @Test
    void unitsAreListedByNameWithTheirAnsweredAverageAndOverdue() {
        Figure f = FigureBuilder.handlingByUnit(
                List.<Object[]>of(new Object[]{2L, "乙局", 3L, 12.25}),
                List.<Object[]>of(new Object[]{1L, "甲局", 2L}, new Object[]{2L, "乙局", 1L}));
        assertThat(f.rows()).extracting(Figure.Row::labelText).containsExactly("乙局", "甲局");
        assertThat(f.rows().getFirst().values()).containsExactly(3.0, 12.3, 1.0);
        assertThat(f.rows().get(1).values()).containsExactly(0.0, null, 2.0);
    }
}
