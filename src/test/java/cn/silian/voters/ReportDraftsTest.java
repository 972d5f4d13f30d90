package cn.silian.voters;

import cn.silian.performance.DutyGroup;
import cn.silian.performance.DutyPoints;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDraftsTest {

    private static final List<DutyPoints> YEAR = List.of(
            new DutyPoints(1, "JOINT_MEETING", DutyGroup.BETWEEN, "参加四级联席会议", 2, null, true, 3, 6, 6),
            new DutyPoints(2, "STATION_SHIFT", DutyGroup.BETWEEN, "接待值班", 2, 10, true, 4, 8, 8),
            new DutyPoints(3, "SESSION_SPEECH", DutyGroup.SESSION, "大会发言", 3, null, false, 0, 0, 0));

    @Test
    void theDraftNamesEachDutyDoneWithItsCountInTheDeputysLanguage() {
        String zh = ReportDrafts.write(2026, YEAR, SilianI18nProvider.CHINESE);
        assertThat(zh).startsWith("本年度（2026 年），我参加四级联席会议 3 次，接待值班 4 次。")
                .contains("全年履职积分 14 分。").doesNotContain("大会发言");
        String en = ReportDrafts.write(2026, YEAR, SilianI18nProvider.ENGLISH);
        assertThat(en).startsWith("In 2026 I did \"参加四级联席会议\" 3 times, did \"接待值班\" 4 times.")
                .contains("My duty points this year: 14.");
    }

    @Test
    void aYearWithNothingRecordedSaysSo() {
        assertThat(ReportDrafts.write(2026, List.of(), SilianI18nProvider.CHINESE)).startsWith("2026 年尚无我的履职记录。");
    }
}
