package cn.silian.opinions.ui;

import cn.silian.opinions.AnswerCategory;
import cn.silian.opinions.AnswerDraft;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.Party;
import cn.silian.opinions.Satisfaction;
import cn.silian.opinions.SuggestionAction;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.opinions.SuggestionExports;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.SuggestionState;
import cn.silian.opinions.UnitChoice;
import cn.silian.opinions.UnitDraft;
import cn.silian.opinions.UnitKind;
import cn.silian.people.DeputyService;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

import static cn.silian.opinions.ui.SuggestionFixtures.ID;
import static cn.silian.opinions.ui.SuggestionFixtures.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The suggestion page shows exactly the steps the service allows the caller, and each step's
 * dialog passes the version it read and shows the service's refusals. The service is a stand-in
 * here: the rules themselves are the workflow's tests.
 */
@Transactional
class SuggestionViewTest extends BrowserlessTestBase {

    @Autowired SuggestionExports exports;

    @Autowired HandlingUnitService units;
    @Autowired DeputyService deputies;
    SuggestionService suggestions;

    @BeforeEach
    void page() {
        login("office");
        suggestions = mock(SuggestionService.class);
    }

    private SuggestionView show(SuggestionDetails d) {
        SuggestionView view = new SuggestionView(suggestions, units, deputies, exports);
        UI.getCurrent().add(view);
        view.show(d);
        return view;
    }

    @Test
    void aCoSignerMayConfirmOrDeclineButSeesNoEdit() {
        SuggestionView view = show(details(SuggestionState.DRAFT, Set.of(Party.COSIGNER),
                EnumSet.of(SuggestionAction.CONFIRM_COSIGN, SuggestionAction.DECLINE_COSIGN)));
        assertThat(view.buttons.keySet()).containsExactly(SuggestionAction.CONFIRM_COSIGN, SuggestionAction.DECLINE_COSIGN);
        assertThat(view.buttons).doesNotContainKey(SuggestionAction.EDIT);
    }

    @Test
    void theLeadUnitSeesSignButNoRating() {
        SuggestionView view = show(details(SuggestionState.ASSIGNED, Set.of(Party.LEAD_UNIT),
                EnumSet.of(SuggestionAction.SIGN, SuggestionAction.REQUEST_REASSIGN)));
        assertThat(view.buttons.keySet()).containsExactly(SuggestionAction.REQUEST_REASSIGN, SuggestionAction.SIGN);
        assertThat(view.buttons.get(SuggestionAction.SIGN).getText()).isEqualTo("签收");
    }

    @Test
    void aDeputyWhoIsNotTheLeadSeesNoRateWhereTheLeadDoes() {
        SuggestionView cosigner = show(details(SuggestionState.ANSWERED, Set.of(Party.COSIGNER), EnumSet.noneOf(SuggestionAction.class)));
        assertThat(cosigner.buttons).isEmpty();
        SuggestionView lead = show(details(SuggestionState.ANSWERED, Set.of(Party.LEAD), EnumSet.of(SuggestionAction.RATE)));
        assertThat(lead.buttons.keySet()).containsExactly(SuggestionAction.RATE);
    }

    @Test
    void theHeaderNamesConfirmedCoSignersByNameAndLevelAndFlagsTheClockInWords() {
        SuggestionView view = show(details(SuggestionState.HANDLING, Set.of(Party.OFFICE), EnumSet.noneOf(SuggestionAction.class)));
        String facts = view.facts.getElement().getTextRecursively();
        assertThat(facts).contains("2026-015", "陈志强（市人大代表）", "李红梅（区人大代表）", "2026-06-02 前办结", "即将到期")
                .doesNotContain("王建国");
        assertThat(view.attachments.getHref()).isEqualTo("documents/suggestion/" + ID);
    }

    @Test
    void theTimelineSaysWhoActedWithWhichRoleAndForWhichUnit() {
        SuggestionView view = show(details(SuggestionState.HANDLING, Set.of(Party.OFFICE), EnumSet.noneOf(SuggestionAction.class)));
        String timeline = view.timeline.getElement().getTextRecursively();
        assertThat(timeline).contains("陈志强（", "代表工委 王敏（常委会办公室）（代区交通运输局录入）", "电话通知后代为签收")
                .doesNotContain("office");
    }

    @Test
    void returningWithoutACommentShowsTheServicesMessageOnTheFieldAndKeepsTheDialogOpen() {
        when(suggestions.returnForRevision(eq(ID), eq(3L), anyString()))
                .thenThrow(new InvalidInputException("comment", "validation.required"));
        SuggestionView view = show(details(SuggestionState.SUBMITTED, Set.of(Party.OFFICE),
                EnumSet.of(SuggestionAction.RETURN, SuggestionAction.ACCEPT, SuggestionAction.NOT_FILE)));
        test(view.buttons.get(SuggestionAction.RETURN)).click();
        StepDialog dialog = find(StepDialog.class).single();
        TextArea comment = (TextArea) dialog.fields.get("comment");
        assertThat(comment.isRequiredIndicatorVisible()).isTrue();
        test(dialog.confirm).click();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("必填。");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aStepSomeoneElseTookMeanwhileIsRefusedWithTheConcurrentEditMessage() {
        when(suggestions.accept(eq(ID), eq(3L), anyString())).thenThrow(new ConcurrentEditException("Suggestion", ID));
        SuggestionView view = show(details(SuggestionState.SUBMITTED, Set.of(Party.OFFICE), EnumSet.of(SuggestionAction.ACCEPT)));
        test(view.buttons.get(SuggestionAction.ACCEPT)).click();
        test(find(StepDialog.class).single().confirm).click();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("该记录已被他人修改，未保存任何内容。请重新加载后再试。");
    }

    @Test
    void aStepThatWentThroughRedrawsThePageWithWhatTheServiceReturned() {
        SuggestionDetails after = details(SuggestionState.ACCEPTED, Set.of(Party.OFFICE), EnumSet.of(SuggestionAction.ASSIGN), true, 4);
        when(suggestions.accept(eq(ID), eq(3L), anyString())).thenReturn(after);
        SuggestionView view = show(details(SuggestionState.SUBMITTED, Set.of(Party.OFFICE), EnumSet.of(SuggestionAction.ACCEPT)));
        test(view.buttons.get(SuggestionAction.ACCEPT)).click();
        test(find(StepDialog.class).single().confirm).click();
        assertThat(view.details.version()).isEqualTo(4);
        assertThat(view.buttons.keySet()).containsExactly(SuggestionAction.ASSIGN);
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("立案：已完成。");
    }

    @Test
    void answeringWithoutALoggedContactWarnsBeforeAndTellsTheServiceTheUnitConfirmed() {
        when(suggestions.answer(anyLong(), anyLong(), any())).thenReturn(
                details(SuggestionState.ANSWERED, Set.of(Party.LEAD_UNIT), EnumSet.noneOf(SuggestionAction.class), false, 4));
        SuggestionView view = show(details(SuggestionState.HANDLING, Set.of(Party.LEAD_UNIT), EnumSet.of(SuggestionAction.ANSWER), false, 3));
        test(view.buttons.get(SuggestionAction.ANSWER)).click();
        StepDialog dialog = find(StepDialog.class).single();
        assertThat(find(Paragraph.class, dialog).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).contains("尚未记录与代表的沟通"));
        @SuppressWarnings("unchecked")
        Select<AnswerCategory> category = (Select<AnswerCategory>) dialog.fields.get("category");
        category.setValue(AnswerCategory.A_SOLVED);
        test((TextArea) dialog.fields.get("text")).setValue("已增开微循环公交。");
        test(find(Checkbox.class, dialog).single()).click();
        test(dialog.confirm).click();
        verify(suggestions).answer(ID, 3, new AnswerDraft(AnswerCategory.A_SOLVED, "已增开微循环公交。", true));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void withALoggedContactTheAnswerDialogHasNoWarning() {
        SuggestionView view = show(details(SuggestionState.HANDLING, Set.of(Party.LEAD_UNIT), EnumSet.of(SuggestionAction.ANSWER)));
        test(view.buttons.get(SuggestionAction.ANSWER)).click();
        StepDialog dialog = find(StepDialog.class).single();
        assertThat(find(Checkbox.class, dialog).all()).isEmpty();
    }

    @Test
    void notSatisfiedAsksForAReason() {
        SuggestionView view = show(details(SuggestionState.ANSWERED, Set.of(Party.LEAD), EnumSet.of(SuggestionAction.RATE)));
        test(view.buttons.get(SuggestionAction.RATE)).click();
        StepDialog dialog = find(StepDialog.class).single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Satisfaction> rating = (RadioButtonGroup<Satisfaction>) dialog.fields.get("satisfaction");
        TextArea reason = (TextArea) dialog.fields.get("reason");
        assertThat(reason.isRequiredIndicatorVisible()).isFalse();
        rating.setValue(Satisfaction.NOT_SATISFIED);
        assertThat(reason.isRequiredIndicatorVisible()).isTrue();
        when(suggestions.rate(ID, 3, Satisfaction.NOT_SATISFIED, ""))
                .thenThrow(new InvalidInputException("reason", "validation.required"));
        test(dialog.confirm).click();
        assertThat(reason.isInvalid()).isTrue();
    }

    @Test
    void theAssignDialogOffersTheActiveHandlingUnits() {
        long unit = units.create(new UnitDraft("测试区住房和城乡建设局", UnitKind.GOVERNMENT_DEPARTMENT, "周主任", null, true)).id();
        SuggestionView view = show(details(SuggestionState.ACCEPTED, Set.of(Party.OFFICE), EnumSet.of(SuggestionAction.ASSIGN)));
        test(view.buttons.get(SuggestionAction.ASSIGN)).click();
        StepDialog dialog = find(StepDialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<UnitChoice> lead = (ComboBox<UnitChoice>) dialog.fields.get("leadUnitId");
        assertThat(lead.getListDataView().getItems().map(UnitChoice::id)).contains(unit);
        assertThat(dialog.fields).containsKeys("coUnitIds", "assignedOn", "comment");
    }
}
