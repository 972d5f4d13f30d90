package cn.silian.audit;

import cn.silian.security.AccountService;
import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.PersonName;
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
import java.util.Map;

/**
 * Writes every {@link AuditEvent} as it is published: inside the publisher's transaction, so a
 * change and its audit line commit or roll back together.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEntryRepository entries;
    private final AccountService accounts;
    private final Clock clock = Clock.systemUTC();

    AuditService(AuditEntryRepository entries, AccountService accounts) {
        this.entries = entries;
        this.accounts = accounts;
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
        Slice<AuditEntry> page = entries.search(blankToNull(filter.actor()), blankToNull(filter.objectType()), filter.action(),
                blankToNull(filter.objectId()), newestFirst);
        Map<String, PersonName> names = accounts.names(page.map(AuditEntry::actor).toSet());
        return page.map(e -> e.toRecord(names));
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    public List<String> objectTypes() {
        return entries.objectTypes();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
