package cn.silian.notifications;

/** How a user wants his notices by e-mail; the inbox gets every notice anyway. */
public enum Delivery {
    /** One e-mail per notice, right after the change that caused it. */
    IMMEDIATE,
    /** One e-mail a day with everything not yet e-mailed. */
    DAILY_DIGEST,
    /** No e-mail. */
    NONE;

    public String messageKey() {
        return "notifications.delivery." + name();
    }
}
