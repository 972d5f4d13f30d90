/**
 * Notifications: the in-app inbox of every account, and e-mail — immediately after the change
 * that caused it, or once a day as a digest — when an SMTP server is configured. Other modules
 * deliver through {@link cn.silian.notifications.NotificationService}; a notice is kept as a
 * message key and arguments, so each reader gets it in his own language.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security"})
package cn.silian.notifications;
