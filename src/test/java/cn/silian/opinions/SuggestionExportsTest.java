package cn.silian.opinions;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Tag("db")
class SuggestionExportsTest {

    @Autowired SuggestionExports exports;
    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;
    @Autowired AccountService accounts;

    SimilarityFixture fixture;
    final int year = LocalDate.now().getYear();

    @BeforeEach
    void suggestions() {
        fixture = SimilarityFixture.ensure(accounts, suggestions, units);
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void theOfficesRegisterHoldsEverySuggestionOfTheYearAndReportsItsProgress() throws IOException {
        TestUsers.login(accounts, "office");
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        byte[] xlsx = exports.register(year, SilianI18nProvider.CHINESE, (d, t) -> {
            done.set(d);
            total.set(t);
        });
        List<String> cells = cells(xlsx);
        assertThat(cells).contains(year + "年代表建议登记表", "编号", "领衔代表", "主办单位", "满意度",
                SimilarityTexts.ELEVATOR_TITLE, SimilarityTexts.RIVER_TITLE, "刘海燕", "区住房和城乡建设局（相似测试）");
        assertThat(done.get()).isEqualTo(total.get()).isEqualTo(exports.registerSize(year)).isPositive();
    }

    @Test
    void aUnitsRegisterHoldsOnlyWhatIsAssignedToIt() throws IOException {
        TestUsers.login(accounts, SimilarityFixture.UNIT_B);
        List<String> cells = cells(exports.register(year, SilianI18nProvider.ENGLISH, (d, t) -> { }));
        assertThat(cells).contains("Number", SimilarityTexts.RIVER_TITLE)
                .doesNotContain(SimilarityTexts.ELEVATOR_TITLE, SimilarityTexts.BUS_TITLE);
    }

    @Test
    void aSuggestionsPdfHasItsTextAndTimelineAsChineseTextForThoseWhoMaySeeIt() throws IOException {
        TestUsers.login(accounts, SimilarityFixture.UNIT_A);
        String text = text(exports.pdf(fixture.id("elevator"), SilianI18nProvider.CHINESE)).replaceAll("\\s", "");
        assertThat(text).contains("关于加快推进老旧小区加装电梯工作的建议", "刘海燕", "办理过程", "区住房和城乡建设局（相似测试）",
                "请按期办理", "推动老旧小区加装电梯", "尚未答复");

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> exports.pdf(fixture.id("elevator"), SilianI18nProvider.CHINESE))
                .isInstanceOf(NotFoundException.class);
        TestUsers.login(accounts, SimilarityFixture.UNIT_B);
        assertThatThrownBy(() -> exports.pdf(fixture.id("elevator"), SilianI18nProvider.CHINESE))
                .isInstanceOf(NotFoundException.class);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> cells(byte[] xlsx) throws IOException {
        List<String> found = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    found.add(cell.getStringCellValue());
                }
            }
        }
        return found;
    }
}
