package cn.silian.notifications;

import java.util.List;

/** Notices to e-mail at once, published inside the delivering transaction and acted on after its commit. */
record MailsDue(List<Long> notificationIds) {
}
