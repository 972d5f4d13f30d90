package cn.silian.campaigns.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;

/** Small renderings the campaign pages share. */
final class CampaignTexts {

    private CampaignTexts() {
    }

    static String period(Component c, LocalDate from, LocalDate to) {
        return c.getTranslation("campaign.period.range", from.toString(), to.toString());
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    static String title(Component c, String key) {
        return c.getTranslation(key) + " · " + c.getTranslation("app.name");
    }
}
