package cn.silian.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message bundles {@code vaadin-i18n/translations*.properties}: Chinese is the default
 * language, English is complete too. Written by hand rather than left to Vaadin's default
 * provider so that the JVM's own locale can never leak in as a fallback.
 */
@Component
public class SilianI18nProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** Static access for code outside a UI (e-mails, exports, tests). */
    public static String translate(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return missing(key);
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** Whether the bundles name this key: for texts built from a code, which may be one no bundle knows. */
    public static boolean has(String key) {
        return key != null && ResourceBundle.getBundle(BUNDLE, CHINESE, NO_FALLBACK).containsKey(key);
    }

    /** What {@link #translate} returns for a key no bundle has. */
    private static String missing(String key) {
        return "!" + key;
    }

    public static Locale supported(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return CHINESE;
    }

    public static Locale parse(String tag) {
        return tag == null ? CHINESE : supported(Locale.forLanguageTag(tag));
    }
}
