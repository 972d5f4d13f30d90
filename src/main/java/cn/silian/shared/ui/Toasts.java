package cn.silian.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action; Vaadin's notifications are announced by screen readers. */
public final class Toasts {

    private Toasts() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 6000);
    }

    public static void info(String text) {
        show(text, NotificationVariant.LUMO_CONTRAST, 4000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        Notification notification = Notification.show(text, millis, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
    }
}
