package cn.silian.shared.ui;

import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import java.util.Map;

/** How a form or a row action runs one service call, the same in every module. */
public final class Attempts {

    private Attempts() {
    }

    /**
     * Runs the call; bad input shows on the named fields and in a notification, a conflicting
     * edit as the conflict message. Returns whether it went through.
     */
    public static boolean attempt(Component c, Runnable action, Map<String, ? extends HasValidation> fields) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(c, e, fields));
        } catch (ConcurrentEditException e) {
            Toasts.error(c.getTranslation("error.concurrent-edit"));
        }
        return false;
    }

    public static boolean attempt(Component c, Runnable action) {
        return attempt(c, action, Map.of());
    }
}
