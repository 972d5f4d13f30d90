package cn.silian.notifications;

/**
 * The caller's settings and the version to pass back when saving them;
 * {@link #NEVER_SAVED} while he has not saved any.
 */
public record SavedSettings(NotificationSettings settings, long version) {
    public static final long NEVER_SAVED = -1;
}
