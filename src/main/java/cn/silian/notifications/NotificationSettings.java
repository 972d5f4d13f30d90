package cn.silian.notifications;

import java.util.Locale;

/** A user's choices: his e-mail address (or none), how he gets e-mail, and its language. */
public record NotificationSettings(String email, Delivery delivery, Locale language) {
}
