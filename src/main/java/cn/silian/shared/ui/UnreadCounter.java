package cn.silian.shared.ui;

/**
 * How many unread notices the signed-in user has, for the inbox badge in the navbar. The
 * notifications module provides it, so the layout never depends on that module.
 */
public interface UnreadCounter {

    long unreadCount();

    /** The route of the inbox the badge links to. */
    String inboxRoute();
}
