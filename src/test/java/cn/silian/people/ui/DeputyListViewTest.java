package cn.silian.people.ui;

import cn.silian.people.DeputySummary;
import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
import cn.silian.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeputyListViewTest extends BrowserlessTestBase {

    @Test
    void aDeputyFindsAColleagueByPinyinInitials() {
        login("deputy");
        DeputyListView view = navigate(DeputyListView.class);
        test(view.search).setValue("czq");
        assertThat(rows(view)).extracting(DeputySummary::name).contains("陈志强");
        assertThat(view.total.getText()).matches("共 \\d+ 人");
        assertThat(view.create.isVisible()).as("a deputy may not add people").isFalse();
    }

    @Test
    void filtersNarrowTheListInTheDatabase() {
        login("office");
        DeputyListView view = navigate(DeputyListView.class);
        int all = test(view.grid).size();
        test(view.level).selectItem("全国人大代表");
        assertThat(test(view.grid).size()).isEqualTo(12);
        assertThat(rows(view)).allSatisfy(d -> assertThat(d.seats()).extracting(SeatInfo::level).contains(Level.NATIONAL));
        test(view.level).selectItem(null);
        test(view.expertise).selectItem("法律");
        assertThat(rows(view)).isNotEmpty().allSatisfy(d -> assertThat(d.expertise()).contains(Expertise.LAW));
        assertThat(test(view.grid).size()).isLessThan(all);
        assertThat(view.create.isVisible()).isTrue();
    }

    @Test
    void streetStaffSeeWholePhonesOnlyInTheirStreet() {
        login("street01");
        DeputyListView view = navigate(DeputyListView.class);
        test(view.street).selectItem("城关街道");
        assertThat(rows(view)).isNotEmpty().allSatisfy(d -> assertThat(d.phone()).doesNotContain("*"));
        test(view.street).selectItem("东湖街道");
        assertThat(rows(view)).isNotEmpty().allSatisfy(d -> assertThat(d.phone()).contains("****"));
    }

    @Test
    void nobodyMatchingShowsAnEmptyList() {
        login("office");
        DeputyListView view = navigate(DeputyListView.class);
        test(view.search).setValue("不存在的名字");
        assertThat(test(view.grid).size()).isZero();
    }

    private List<DeputySummary> rows(DeputyListView view) {
        List<DeputySummary> rows = new ArrayList<>();
        int size = Math.min(test(view.grid).size(), 100);
        for (int i = 0; i < size; i++) {
            rows.add(test(view.grid).getRow(i));
        }
        return rows;
    }
}
