package cn.silian.opinions.ui;

import cn.silian.TestUsers;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.SuggestionService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("db")
class DuplicatesViewTest extends BrowserlessTestBase {

    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;

    @Test
    void theOfficeJoinsTwinSuggestionsForHandling() {
        var fixture = cn.silian.opinions.SimilarityFixture.ensure(accounts, suggestions, units);
        long lights = fixture.id("stair-lights");
        long twin = fixture.id("stair-lights-twin");
        login("office");
        DuplicatesView view = navigate(DuplicatesView.class);
        int index = clusterOf(view, lights);
        Button join = view.joinButtons.get(index);
        assertThat(join.isEnabled()).isTrue();
        test(join).click();

        assertThat(suggestions.get(lights).handlingGroupId()).isNotNull()
                .isEqualTo(suggestions.get(twin).handlingGroupId());
        // once joined there is nothing left to join in that group
        int after = clusterOf(view, lights);
        assertThat(view.joinButtons.get(after).isEnabled()).isFalse();
        TestUsers.logout();
    }

    private static int clusterOf(DuplicatesView view, long suggestionId) {
        for (int i = 0; i < view.shown.size(); i++) {
            if (view.shown.get(i).members().stream().anyMatch(m -> m.id() == suggestionId)) {
                return i;
            }
        }
        throw new AssertionError("no cluster holds suggestion " + suggestionId);
    }
}
