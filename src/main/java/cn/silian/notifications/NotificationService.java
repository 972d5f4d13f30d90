package cn.silian.notifications;

import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InputRules;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Delivers notices to inboxes (and e-mail), and shows each signed-in user his own inbox and
 * e-mail settings. Nobody ever sees or changes another account's notices.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    static final int MAX_EMAIL = 254;
    /** Deliberately plain: a mistyped address should be caught, an exotic valid one is not worth the risk. */
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
    /** An app-relative route: never a scheme, so a notice cannot link out of Silian or run script. */
    private static final Pattern LINK = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9/_.~%?=&-]{0,299}$");
    private static final String TYPE = "NotificationSetting";

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final NotificationMailer mailer;
    private final ApplicationEventPublisher events;

    NotificationService(NotificationRepository notifications, NotificationSettingRepository settings,
                        AccountService accounts, CurrentUser currentUser, NotificationMailer mailer,
                        ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.settings = settings;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.events = events;
    }

    /**
     * Delivers to the accounts of these deputies; people without an (enabled) account get nothing.
     * Runs in the caller's transaction, so the notices stand or fall with his change. Returns how
     * many inbox items were written. No role check: it reveals nothing to the caller.
     */
    @Transactional
    public int notifyDeputies(Collection<Long> deputyIds, Notice notice) {
        return notifyAccounts(accounts.accountIdsOfDeputies(deputyIds).values(), notice);
    }

    /** {@link #notifyDeputies} for accounts, e.g. office staff. */
    @Transactional
    public int notifyAccounts(Collection<Long> accountIds, Notice notice) {
        String args = check(notice);
        List<Long> ids = accountIds == null ? List.of() : accountIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, NotificationSetting> wishes = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            settings.findByAccountIdIn(ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(s -> wishes.put(s.getAccountId(), s));
        }
        // Without a mail server nothing is queued, so configuring one later does not flood old news.
        boolean mail = mailer.isConfigured();
        Instant now = Instant.now();
        List<Notification> written = new ArrayList<>(ids.size());
        for (Long id : ids) {
            NotificationSetting wish = wishes.get(id);
            MailState state = mail && wish != null && wish.wantsAnyMail() ? MailState.PENDING : MailState.NONE;
            written.add(new Notification(id, notice, args, now, state));
        }
        notifications.saveAll(written);
        List<Long> immediate = written.stream()
                .filter(n -> n.getMailState() == MailState.PENDING && wishes.get(n.getAccountId()).wantsMail(Delivery.IMMEDIATE))
                .map(Notification::getId).toList();
        if (!immediate.isEmpty()) {
            events.publishEvent(new MailsDue(immediate));
        }
        return written.size();
    }

    private static String check(Notice notice) {
        if (notice == null || notice.kind() == null || notice.kind().isBlank() || notice.kind().length() > 40) {
            throw new IllegalArgumentException("a notice needs a kind of at most 40 characters");
        }
        if (notice.messageKey() == null || notice.messageKey().isBlank() || notice.messageKey().length() > 100) {
            throw new IllegalArgumentException("a notice needs a message key of at most 100 characters");
        }
        if (notice.link() != null && !LINK.matcher(notice.link()).matches()) {
            throw new IllegalArgumentException("a notice links to an app-relative route only: " + notice.link());
        }
        String args = Notification.encode(notice.args());
        if (args.length() > Notification.MAX_ARGS_LENGTH) {
            throw new IllegalArgumentException("the arguments of a notice are too long");
        }
        return args;
    }

    /** The caller's inbox, newest first unless sorted otherwise. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Slice<InboxItem> inbox(boolean unreadOnly, Pageable pageable) {
        Long me = me();
        Pageable newestFirst = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")));
        Slice<Notification> page = unreadOnly ? notifications.findByAccountIdAndReadAtIsNull(me, newestFirst)
                : notifications.findByAccountId(me, newestFirst);
        return page.map(Notification::toItem);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public long count(boolean unreadOnly) {
        Long me = me();
        return unreadOnly ? notifications.countByAccountIdAndReadAtIsNull(me) : notifications.countByAccountId(me);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public long unreadCount() {
        return count(true);
    }

    /** Marks one of the caller's notices read or unread; another's is "not found", so ids cannot be probed. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void markRead(long id, boolean read) {
        Long me = me();
        Notification notification = notifications.findById(id)
                .filter(n -> me.equals(n.getAccountId()))
                .orElseThrow(() -> new NotFoundException("Notification", id));
        notification.markRead(read, Instant.now());
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), Instant.now());
    }

    /** The caller's e-mail settings; defaults (no e-mail, Chinese) until he saves his own. */
    @PreAuthorize(Roles.SIGNED_IN)
    public SavedSettings settings() {
        return settings.findByAccountId(me())
                .map(s -> new SavedSettings(s.toSettings(), s.getVersion()))
                .orElse(new SavedSettings(NotificationSetting.DEFAULTS, SavedSettings.NEVER_SAVED));
    }

    /**
     * Saves the caller's e-mail settings. {@code version} is the one {@link #settings()} gave;
     * a stale one means another window saved meanwhile, and nothing is changed.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public SavedSettings saveSettings(NotificationSettings wanted, long version) {
        Long me = me();
        String email = InputRules.clean(wanted == null ? null : wanted.email());
        Delivery delivery = wanted == null ? null : wanted.delivery();
        InputRules.Checker checker = InputRules.checker()
                .check("delivery", delivery == null ? "validation.required" : null)
                .check("language", wanted == null || wanted.language() == null ? "validation.required" : null);
        if (email != null && email.length() > MAX_EMAIL) {
            checker.check("email", "validation.too-long", MAX_EMAIL);
        } else if (email != null && !EMAIL.matcher(email).matches()) {
            checker.check("email", "notifications.email.invalid");
        } else if (email == null && delivery != null && delivery != Delivery.NONE) {
            checker.check("email", "notifications.email.required");
        }
        checker.throwIfAny();

        NotificationSetting setting = settings.findByAccountId(me).orElse(null);
        String before = null;
        if (setting == null) {
            if (version != SavedSettings.NEVER_SAVED) {
                throw new ConcurrentEditException(TYPE, me);
            }
            setting = new NotificationSetting(me);
        } else {
            setting.checkVersion(version);
            before = setting.describe();
        }
        setting.apply(email, delivery, wanted.language(), Instant.now());
        try {
            setting = settings.saveAndFlush(setting);
        } catch (DataIntegrityViolationException e) {
            // Another window saved the first settings at the same moment.
            throw new ConcurrentEditException(TYPE, me);
        }
        events.publishEvent(new AuditEvent(currentUser.username(), before == null ? AuditEvent.Action.CREATE
                : AuditEvent.Action.UPDATE, TYPE, String.valueOf(setting.getId()),
                Message.of("audit.notification-setting.saved", currentUser.username()), before, setting.describe()));
        return new SavedSettings(setting.toSettings(), setting.getVersion());
    }

    /**
     * Sends each daily-digest account one e-mail with all its notices not yet e-mailed, and marks
     * them sent. The scheduled job calls it as the system user; returns how many e-mails went out.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public int sendDigests() {
        return mailer.sendDigests();
    }

    /** Sends again the immediate e-mails that failed before; the scheduled job calls it. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public int retryFailedMails() {
        return mailer.retryImmediate();
    }

    private Long me() {
        SilianUser user = currentUser.require();
        if (user.accountId() == null) {
            throw new AccessDeniedException("the system user has no inbox");
        }
        return user.accountId();
    }
}
