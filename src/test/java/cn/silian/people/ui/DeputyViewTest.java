package cn.silian.people.ui;

import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.shared.ui.NotFoundView;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

class DeputyViewTest extends BrowserlessTestBase {

    @Autowired DeputyService deputies;

    @Test
    void aDeputySeesAColleagueWithAMaskedPhoneAndNoEditButton() {
        login("deputy");
        long colleague = deputies.page(DeputyFilter.text("lhy"), PageRequest.of(0, 5)).getContent().stream()
                .filter(d -> d.name().equals("刘海燕")).findFirst().orElseThrow().id();
        DeputyView view = navigate("deputies/" + colleague, DeputyView.class);
        assertThat(view.details.phone()).contains("****");
        assertThat(view.details.community()).as("where he lives is personal data").isNull();
        assertThat(view.details.latitude()).isNull();
        assertThat(find(Span.class, view).all()).extracting(Span::getText).doesNotContain("社区", "住址坐标");
        assertThat(find(Button.class, view).all()).isEmpty();
    }

    @Test
    void streetStaffSeeWhereAPersonOfTheirStreetLives() {
        login("street01");
        long id = deputies.page(DeputyFilter.text("czq"), PageRequest.of(0, 5)).getContent().getFirst().id();
        DeputyView view = navigate("deputies/" + id, DeputyView.class);
        assertThat(view.details.community()).endsWith("社区");
        assertThat(view.details.latitude()).isNotNull();
        assertThat(view.getElement().getTextRecursively()).contains("住址坐标")
                .contains(view.details.latitude() + "，" + view.details.longitude());
    }

    @Test
    void officeSeesTheWholePhoneAndMayEdit() {
        login("office");
        long id = deputies.page(DeputyFilter.text("czq"), PageRequest.of(0, 5)).getContent().getFirst().id();
        DeputyView view = navigate("deputies/" + id, DeputyView.class);
        assertThat(view.details.phone()).doesNotContain("*");
        Button edit = find(Button.class, view).single();
        test(edit).click();
        assertThat(getCurrentView()).isInstanceOf(DeputyEditView.class);
    }

    @Test
    void anUnknownIdShowsNotFound() {
        login("office");
        navigateTo("deputies/987654321");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
