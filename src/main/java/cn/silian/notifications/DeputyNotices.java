package cn.silian.notifications;

import cn.silian.shared.DeputyNotice;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers the notices other modules publish, inside their transaction: what they roll back,
 * nobody hears of. Modules publish instead of calling, so they need not know this module.
 */
@Component
class DeputyNotices {

    private final NotificationService notifications;

    DeputyNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void deliver(DeputyNotice notice) {
        notifications.notifyDeputies(notice.deputyIds(), new Notice(notice.kind(), notice.messageKey(), notice.args(), notice.link()));
    }
}
