package cn.silian.performance;

import cn.silian.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The office's commands on the ledger. */
@Service
public class LedgerService {

    private final Ledger ledger;

    LedgerService(Ledger ledger) {
        this.ledger = ledger;
    }

    /** What a replay of a year did. */
    public record Replayed(int year, int sources, int activities, int earned, int updated, int withdrawn) {
    }

    /**
     * Rebuilds a year's earned points from what the modules hold now, after a fix of the year's
     * scheme: entries are earned, updated or withdrawn; manual entries and appeals' decisions stay.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public Replayed replay(int year) {
        Ledger.ReplayResult r = ledger.replay(year);
        return new Replayed(r.year(), r.sources(), r.activities(), r.earned(), r.updated(), r.withdrawn());
    }
}
