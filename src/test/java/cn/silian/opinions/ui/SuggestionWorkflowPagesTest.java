package cn.silian.opinions.ui;

import cn.silian.TestUsers;
import cn.silian.opinions.AnswerCategory;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.Satisfaction;
import cn.silian.opinions.SuggestionAction;
import cn.silian.opinions.SuggestionDraft;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.SuggestionState;
import cn.silian.opinions.UnitChoice;
import cn.silian.opinions.UnitDraft;
import cn.silian.opinions.UnitKind;
import cn.silian.security.AccountDraft;
import cn.silian.security.Role;
import cn.silian.stations.ReceptionCategory;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggestion page on the real service, step by step as each party sees it: the office
 * accepts and assigns, the unit signs, logs a contact and answers, the lead deputy rates. Each
 * page shows only the steps its user may take, and each step sends the version the page read.
 */
@Transactional
class SuggestionWorkflowPagesTest extends BrowserlessTestBase {

    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;

    private SuggestionView open(String user, long id) {
        login(user);
        return navigate("suggestions/" + id, SuggestionView.class);
    }

    private StepDialog step(SuggestionView page, SuggestionAction action) {
        assertThat(page.buttons).containsKey(action);
        test(page.buttons.get(action)).click();
        return find(StepDialog.class).single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void fromSubmissionToRatingEachPartyTakesItsStepsOnThePage() {
        long unit = TestUsers.as(accounts, "admin", () -> {
            long u = units.create(new UnitDraft("页面测试住建局", UnitKind.GOVERNMENT_DEPARTMENT, "张工", null, true)).id();
            accounts.create(new AccountDraft("pageunit", "住建局 页面联络员", Role.UNIT, null, null, u, true), "Matrix@2026unit");
            return u;
        });
        long id = TestUsers.as(accounts, "deputy", () -> {
            long s = suggestions.draft(new SuggestionDraft("关于老旧小区雨污分流改造的建议", "建议对城关街道老旧小区实施雨污分流改造。",
                    ReceptionCategory.values()[0]));
            suggestions.submit(s, suggestions.get(s).version(), null);
            return s;
        });

        SuggestionView office = open("office", id);
        assertThat(office.buttons).doesNotContainKeys(SuggestionAction.SIGN, SuggestionAction.RATE, SuggestionAction.EDIT);
        test(step(office, SuggestionAction.ACCEPT).confirm).click();
        assertThat(office.details.state()).isEqualTo(SuggestionState.ACCEPTED);
        assertThat(office.details.code()).isNotNull();

        StepDialog assign = step(office, SuggestionAction.ASSIGN);
        ComboBox<UnitChoice> lead = (ComboBox<UnitChoice>) assign.fields.get("leadUnitId");
        lead.setValue(lead.getListDataView().getItems().filter(u -> u.id() == unit).findFirst().orElseThrow());
        test(assign.confirm).click();
        assertThat(office.details.state()).isEqualTo(SuggestionState.ASSIGNED);
        assertThat(office.details.dueDate()).isNotNull();

        SuggestionView unitPage = open("pageunit", id);
        assertThat(unitPage.buttons).containsKey(SuggestionAction.SIGN).doesNotContainKeys(SuggestionAction.RATE,
                SuggestionAction.ASSIGN, SuggestionAction.ACCEPT);
        test(step(unitPage, SuggestionAction.SIGN).confirm).click();
        StepDialog contact = step(unitPage, SuggestionAction.LOG_CONTACT);
        test((TextArea) contact.fields.get("note")).setValue("与代表面商改造方案");
        test(contact.confirm).click();
        assertThat(unitPage.details.contacts()).hasSize(1);

        StepDialog answer = step(unitPage, SuggestionAction.ANSWER);
        assertThat(find(Checkbox.class, answer).all()).as("a contact is logged: no warning").isEmpty();
        ((Select<AnswerCategory>) answer.fields.get("category")).setValue(AnswerCategory.B_BEING_SOLVED);
        test((TextArea) answer.fields.get("text")).setValue("已列入明年改造计划，正在设计。");
        test(answer.confirm).click();
        assertThat(unitPage.details.state()).isEqualTo(SuggestionState.ANSWERED);

        SuggestionView deputy = open("deputy", id);
        StepDialog rate = step(deputy, SuggestionAction.RATE);
        ((RadioButtonGroup<Satisfaction>) rate.fields.get("satisfaction")).setValue(Satisfaction.SATISFIED);
        test(rate.confirm).click();
        assertThat(deputy.details.state()).isEqualTo(SuggestionState.CLOSED);
        assertThat(deputy.details.answers().getLast().satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(deputy.timeline.getElement().getTextRecursively()).contains("住建局 页面联络员");
    }
}
