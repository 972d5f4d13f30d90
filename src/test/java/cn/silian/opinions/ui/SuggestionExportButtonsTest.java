package cn.silian.opinions.ui;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.SimilarityFixture;
import cn.silian.opinions.SuggestionExports;
import cn.silian.opinions.SuggestionService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("db")
class SuggestionExportButtonsTest extends BrowserlessTestBase {

    @Autowired SuggestionExports exports;
    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;

    @Test
    void theRegisterIsBuiltInTheBackgroundWithProgressAndThenOfferedForDownload() throws Exception {
        SimilarityFixture.ensure(accounts, suggestions, units);
        login("office");
        int year = LocalDate.now().getYear();
        SuggestionRegisterButton button = new SuggestionRegisterButton(exports, () -> year);
        UI.getCurrent().add(button);
        test(button).click();

        assertThat(button.dialog.isOpened()).isTrue();
        assertThat(button.progress.isVisible()).isTrue();
        assertThat(button.isEnabled()).isFalse();
        byte[] xlsx = button.building().get(60, TimeUnit.SECONDS);
        assertThat(xlsx).isNotEmpty();
        button.finished(year, xlsx, null);
        assertThat(button.download.isVisible()).isTrue();
        assertThat(button.download.getHref()).isNotBlank();
        assertThat(button.isEnabled()).isTrue();
    }

    @Test
    void aFailedRegisterSaysSoAndOffersNothing() {
        login("office");
        SuggestionRegisterButton button = new SuggestionRegisterButton(exports, () -> 2026);
        UI.getCurrent().add(button);
        button.finished(2026, null, new IllegalStateException("disk full"));
        assertThat(button.download.isVisible()).isFalse();
        assertThat(button.status.getText()).isEqualTo(button.getTranslation("export.suggestion.failed"));
    }

    @Test
    void thePdfLinkDownloadsTheSuggestionUnderItsNumber() {
        SimilarityFixture fixture = SimilarityFixture.ensure(accounts, suggestions, units);
        login("office");
        SuggestionPdfButton pdf = new SuggestionPdfButton(exports, fixture.id("elevator"), "2026-001");
        UI.getCurrent().add(pdf);
        assertThat(pdf.getHref()).isNotBlank();
        assertThat(pdf.getElement().hasAttribute("download")).isTrue();
        assertThat(SuggestionExports.pdfFileName(fixture.id("elevator"), "2026-001")).isEqualTo("suggestion-2026-001.pdf");
    }
}
