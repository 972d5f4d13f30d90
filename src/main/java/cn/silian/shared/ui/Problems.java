package cn.silian.shared.ui;

import cn.silian.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import java.util.Map;
import java.util.stream.Collectors;

/** Shows a service's {@link InvalidInputException} on the form fields it names, in the user's language. */
public final class Problems {

    private Problems() {
    }

    /**
     * Marks each named field invalid with its translated message, and returns all messages as
     * one text for a notification (problems of unnamed fields included).
     */
    public static String show(Component context, InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        return e.problems().stream().map(p -> {
            String text = context.getTranslation(p.messageKey(), p.args());
            HasValidation field = p.field() == null ? null : fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
            return text;
        }).distinct().collect(Collectors.joining(" "));
    }
}
