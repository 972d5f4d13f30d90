package cn.silian.opinions;

import cn.silian.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every value of the suggestion enums has its name in both bundles, and so do the keys the workflow and service refuse with. */
class OpinionsMessagesTest {

    @Test
    void everyEnumValueAndRefusalHasItsText() throws IOException {
        List<String> keys = new ArrayList<>();
        for (SuggestionState v : SuggestionState.values()) keys.add(v.messageKey());
        for (SuggestionAction v : SuggestionAction.values()) keys.add(v.messageKey());
        for (Party v : Party.values()) keys.add(v.messageKey());
        for (Satisfaction v : Satisfaction.values()) keys.add(v.messageKey());
        for (AnswerCategory v : AnswerCategory.values()) keys.add(v.messageKey());
        for (ContactKind v : ContactKind.values()) keys.add(v.messageKey());
        for (CosignStatus v : CosignStatus.values()) keys.add(v.messageKey());
        for (WaitingReason v : WaitingReason.values()) keys.add(v.messageKey());
        for (UnitKind v : UnitKind.values()) keys.add(v.messageKey());
        keys.add(Role.UNIT.messageKey());
        keys.addAll(List.of("suggestion.error.not-allowed", "suggestion.error.not-answered", "suggestion.error.only-lead-rates",
                "suggestion.error.reopened-once", "suggestion.error.cosigner-cannot-edit",
                "suggestion.error.reassign-window-closed", "account.unit.required"));
        assertThat(bundle("translations.properties").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("translations_zh_CN.properties").stringPropertyNames()).containsAll(keys);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OpinionsMessagesTest.class.getClassLoader().getResourceAsStream("vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
