package cn.silian.notifications.ui;

import cn.silian.notifications.NotificationService;
import cn.silian.security.CurrentUser;
import cn.silian.shared.ui.UnreadCounter;
import org.springframework.stereotype.Component;

/** Gives the navbar badge its number without the shared layout knowing this module. */
@Component
class InboxUnreadCounter implements UnreadCounter {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    InboxUnreadCounter(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public long unreadCount() {
        // The system identity and anonymous visitors have no inbox.
        return currentUser.get().filter(u -> u.accountId() != null).isPresent() ? notifications.unreadCount() : 0;
    }

    @Override
    public String inboxRoute() {
        return InboxView.ROUTE;
    }
}
