package cn.silian.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import tools.jackson.databind.JsonNode;

import java.lang.reflect.Type;

/**
 * Says that no argument of a client call is a Polymer template's model value: Silian has no
 * Polymer templates. Vaadin asks its service lookup for this handler on every client call with
 * arguments (each grid scroll, each property change); with no implementation registered every
 * ask was a fresh {@code ServiceLoader} scan of the class path, which in a Spring Boot jar takes
 * the nested-jar locks, and under a district's morning sign-in the request threads queued on
 * them. Vaadin's start-up registers this class in its lookup (the handler type is one of the
 * services it collects from the application's packages), so the answer is found at once.
 */
public class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

    @Override
    public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
        return false;
    }

    @Override
    public Object getTemplateItem(Component template, JsonNode argValue, Type convertedType) {
        // never asked: isTemplateModelValue is always false
        throw new UnsupportedOperationException();
    }
}
