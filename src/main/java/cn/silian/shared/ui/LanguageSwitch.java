package cn.silian.shared.ui;

import cn.silian.shared.i18n.LocaleInitializer;
import cn.silian.shared.i18n.SilianI18nProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

import java.util.Locale;

/** Chooses the UI language; the choice is kept in a cookie for a year. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(SilianI18nProvider.LOCALES);
        // Each language is named in itself, so a user who cannot read the current one finds his.
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setAriaLabel(getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        addClassName("language-switch");
        setValue(SilianI18nProvider.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
    }

    private static void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;samesite=lax'",
                LocaleInitializer.COOKIE, locale.toLanguageTag());
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
