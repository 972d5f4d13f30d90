package cn.silian.shared.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every UI starts in the language the user chose (a cookie), otherwise in Chinese — whatever
 * the browser prefers, because Silian's users work in Chinese by default.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    public static final String COOKIE = "silian-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = localeOf(VaadinRequest.getCurrent());
            init.getUI().setLocale(locale);
            // Screen readers pick their voice from the page language.
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        });
    }

    static Locale localeOf(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return SilianI18nProvider.CHINESE;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .map(SilianI18nProvider::parse)
                .orElse(SilianI18nProvider.CHINESE);
    }
}
