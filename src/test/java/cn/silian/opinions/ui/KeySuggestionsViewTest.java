package cn.silian.opinions.ui;

import cn.silian.opinions.KeyProgress;
import cn.silian.opinions.Party;
import cn.silian.opinions.SuggestionAction;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.SuggestionState;
import cn.silian.shared.Formats;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class KeySuggestionsViewTest extends BrowserlessTestBase {

    @Test
    void eachKeySuggestionShowsItsLastStepContactsAndAnswer() {
        login("office");
        SuggestionService stand = mock(SuggestionService.class);
        int year = LocalDate.now(Formats.ZONE).getYear();
        SuggestionDetails d = SuggestionFixtures.details(SuggestionState.ANSWERED, Set.of(Party.OFFICE),
                EnumSet.noneOf(SuggestionAction.class));
        SuggestionDetails.Step last = d.steps().getLast();
        SuggestionDetails.Answer answer = d.answers().getLast();
        when(stand.keyProgress(year)).thenReturn(List.of(new KeyProgress(SuggestionFixtures.summary(SuggestionFixtures.ID,
                SuggestionState.ANSWERED, false, false), d.keyLeader(), d.keyFollowers(), d.contacts().size(), last.action(),
                last.at(), answer.category(), answer.satisfaction())));
        KeySuggestionsView view = new KeySuggestionsView(stand);
        UI.getCurrent().add(view);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.total.getText()).isEqualTo("共 1 件重点督办建议，其中 0 件超期");
        assertThat(test(view.grid).getCellText(0, columnOf(view.grid, "最近一步"))).startsWith("签收");
        assertThat(test(view.grid).getCellText(0, columnOf(view.grid, "沟通次数"))).isEqualTo("1");
        assertThat(test(view.grid).getCellComponent(0, columnOf(view.grid, "答复")).getElement().getTextRecursively())
                .startsWith("B");
    }
}
