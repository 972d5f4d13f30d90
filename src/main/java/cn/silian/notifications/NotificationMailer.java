package cn.silian.notifications;

import cn.silian.shared.Formats;
import cn.silian.shared.i18n.SilianI18nProvider;
import jakarta.mail.internet.MimeMessage;
import cn.silian.shared.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and sends the e-mails, outside every user transaction: a slow or broken mail server
 * never holds a database lock nor a user's screen. A notice whose e-mail failed stays pending
 * and is sent by a later run.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    /** Immediate e-mails younger than this are still on their way; a retry leaves them alone. */
    private static final Duration IN_FLIGHT = Duration.ofMinutes(5);

    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final TransactionTemplate transaction;
    private final String from;
    private final PublicAddress address;

    NotificationMailer(ObjectProvider<JavaMailSender> senders, NotificationRepository notifications,
                       NotificationSettingRepository settings, PlatformTransactionManager transactionManager,
                       @Value("${silian.mail.from:silian@localhost}") String from,
                       PublicAddress address) {
        this.senders = senders;
        this.notifications = notifications;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.from = from;
        this.address = address;
    }

    /** A mail server is configured ({@code spring.mail.host}). */
    boolean isConfigured() {
        return senders.getIfAvailable() != null;
    }

    /** Public so that the asynchronous proxy surely intercepts it: it must never run on the user's thread. */
    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(MailsDue due) {
        sendEach(transaction.execute(s -> notifications.findAllById(due.notificationIds())));
    }

    /** One e-mail per notice, for immediate accounts whose earlier e-mail failed. */
    int retryImmediate() {
        return forEachAccount(Delivery.IMMEDIATE, Instant.now().minus(IN_FLIGHT), (setting, pending) -> sendEach(pending));
    }

    /** One e-mail per daily-digest account with all its pending notices. */
    int sendDigests() {
        return forEachAccount(Delivery.DAILY_DIGEST, Instant.now(), (setting, pending) -> {
            Locale locale = setting.locale();
            StringBuilder body = new StringBuilder(t("notifications.mail.digest.intro", locale, pending.size())).append("\n\n");
            for (Notification n : pending) {
                InboxItem item = n.toItem();
                body.append(Formats.dateTimeShort(item.createdAt())).append("  ").append(text(item, locale)).append('\n');
                if (item.link() != null) {
                    body.append("    ").append(absolute(item.link())).append('\n');
                }
            }
            body.append('\n').append(footer(locale));
            boolean sent = send(setting.getEmail(), t("notifications.mail.digest.subject", locale, pending.size()), body.toString());
            return sent ? settle(pending, MailState.SENT) : 0;
        });
    }

    private interface Sending {
        int send(NotificationSetting setting, List<Notification> pending);
    }

    private int forEachAccount(Delivery mode, Instant before, Sending sending) {
        if (!isConfigured()) {
            return 0;
        }
        int sent = 0;
        List<Long> accounts = transaction.execute(s -> notifications.accountsWith(MailState.PENDING));
        for (Long account : accounts) {
            Optional<NotificationSetting> setting = transaction.execute(s -> settings.findByAccountId(account));
            List<Notification> pending = transaction.execute(s -> notifications.pendingMail(account, before));
            if (pending.isEmpty()) {
                continue;
            }
            if (setting.isEmpty() || !setting.get().wantsAnyMail()) {
                // He has since turned e-mail off: these will never be sent.
                settle(pending, MailState.NONE);
            } else if (setting.get().wantsMail(mode)) {
                sent += sending.send(setting.get(), pending);
            }
        }
        return sent;
    }

    /** Sends each pending notice on its own, in its recipient's language; returns how many went out. */
    private int sendEach(Collection<Notification> due) {
        if (due == null || due.isEmpty() || !isConfigured()) {
            return 0;
        }
        Map<Long, List<Notification>> byAccount = new LinkedHashMap<>();
        due.stream().filter(n -> n.getMailState() == MailState.PENDING)
                .forEach(n -> byAccount.computeIfAbsent(n.getAccountId(), k -> new ArrayList<>()).add(n));
        int sent = 0;
        for (Map.Entry<Long, List<Notification>> entry : byAccount.entrySet()) {
            NotificationSetting setting = transaction.execute(s -> settings.findByAccountId(entry.getKey())).orElse(null);
            if (setting == null || !setting.wantsAnyMail()) {
                settle(entry.getValue(), MailState.NONE);
                continue;
            }
            Locale locale = setting.locale();
            for (Notification n : entry.getValue()) {
                InboxItem item = n.toItem();
                String text = text(item, locale);
                String body = text + "\n\n" + (item.link() == null ? "" : t("notifications.mail.open", locale, absolute(item.link())) + "\n\n")
                        + footer(locale);
                if (send(setting.getEmail(), t("notifications.mail.subject", locale, text), body)) {
                    sent += settle(List.of(n), MailState.SENT);
                }
            }
        }
        return sent;
    }

    private boolean send(String to, String subject, String body) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(oneLine(subject));
            helper.setText(body);
            sender.send(message);
            return true;
        } catch (Exception e) {
            // Left pending: the next run tries again.
            log.warn("Could not send a notification e-mail; it stays pending: {}", e.toString());
            return false;
        }
    }

    private int settle(List<Notification> done, MailState state) {
        List<Long> ids = done.stream().map(Notification::getId).toList();
        Integer changed = transaction.execute(s -> notifications.settleMail(ids, state, state == MailState.SENT ? Instant.now() : null));
        return state == MailState.SENT && changed != null && changed > 0 ? 1 : 0;
    }

    private String footer(Locale locale) {
        return t("notifications.mail.footer", locale, absolute("inbox"));
    }

    /** Links in e-mails are read outside the app, so they are always absolute. */
    String absolute(String link) {
        return address.link(link);
    }

    private static String text(InboxItem item, Locale locale) {
        return t(item.messageKey(), locale, item.args().toArray());
    }

    private static String t(String key, Locale locale, Object... args) {
        return SilianI18nProvider.translate(key, locale, args);
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("[\\r\\n]+", " ").strip();
        return line.length() > 150 ? line.substring(0, 150) + "…" : line;
    }
}
