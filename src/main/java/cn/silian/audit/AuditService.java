package cn.silian.audit;

import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;
import cn.silian.shared.PersonName;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes every {@link AuditEvent} as it is published: inside the publisher's transaction, so a
 * change and its audit line commit or roll back together.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** Lines one export holds at most: the filters narrow a larger trail. */
    public static final int EXPORT_MAX = 100_000;
    static final String TYPE = "AuditEntry";
    private static final int EXPORT_PAGE = 1_000;

    private final AuditEntryRepository entries;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    AuditService(AuditEntryRepository entries, AccountService accounts, CurrentUser currentUser,
                 ApplicationEventPublisher events) {
        this.entries = entries;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** How an export reports the lines written so far. */
    @FunctionalInterface
    public interface Progress {
        void done(long written, long total);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void on(AuditEvent event) {
        entries.save(new AuditEntry(event, clock.instant()));
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    public Slice<AuditRecord> page(AuditFilter filter, Pageable pageable) {
        Pageable newestFirst = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by(Sort.Direction.DESC, "id")));
        Slice<AuditEntry> page = search(filter, newestFirst);
        Map<String, PersonName> names = accounts.names(page.map(AuditEntry::actor).toSet());
        return page.map(e -> e.toRecord(names));
    }

    /** How many lines the filter matches: what an export of it holds (at most {@link #EXPORT_MAX}). */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public long count(AuditFilter filter) {
        return entries.count(blankToNull(filter.actor()), blankToNull(filter.objectType()), filter.action(),
                blankToNull(filter.objectId()), filter.from(), filter.to());
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    public List<String> objectTypes() {
        return entries.objectTypes();
    }

    /**
     * The lines the filter matches, newest first, as an Excel workbook in the reader's language
     * with Shanghai times; meant to run off the UI thread, reporting each batch written. Taking
     * the trail out is itself a line of the trail.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public byte[] export(AuditFilter filter, Locale locale, Progress progress) {
        long total = Math.min(count(filter), EXPORT_MAX);
        AuditSheet sheet = new AuditSheet(locale);
        long written = 0;
        Pageable page = PageRequest.of(0, EXPORT_PAGE,
                Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by(Sort.Direction.DESC, "id")));
        Slice<AuditEntry> slice;
        do {
            slice = search(filter, page);
            Map<String, PersonName> names = accounts.names(slice.map(AuditEntry::actor).toSet());
            for (AuditEntry e : slice) {
                if (written == total) {
                    break;
                }
                sheet.add(e.toRecord(names));
                written++;
            }
            progress.done(written, total);
            page = page.next();
        } while (slice.hasNext() && written < total);
        byte[] bytes = sheet.finish();
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.DOWNLOAD, TYPE, null,
                Message.of("audit.audit.exported", written), null, describe(filter)));
        return bytes;
    }

    private Slice<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        return entries.search(blankToNull(filter.actor()), blankToNull(filter.objectType()), filter.action(),
                blankToNull(filter.objectId()), filter.from(), filter.to(), pageable);
    }

    private static String describe(AuditFilter f) {
        return "actor=" + f.actor() + ", objectType=" + f.objectType() + ", action=" + f.action()
                + ", objectId=" + f.objectId() + ", from=" + f.from() + ", to=" + f.to();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
