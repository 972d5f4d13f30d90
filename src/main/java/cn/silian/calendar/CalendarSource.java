package cn.silian.calendar;

import java.time.Instant;
import java.util.List;

/**
 * Implemented by modules that put things in people's calendars (meetings, stations): a bean of
 * this type is all it takes. Called without a signed-in user (the subscription feed), so
 * implementations must not rely on the security context; the caller has already decided that
 * these entries belong to this account.
 */
public interface CalendarSource {

    /**
     * The entries of one person overlapping [from, to).
     *
     * @param accountId his account
     * @param deputyId  the deputy record his account is bound to, or null (staff, administrators)
     */
    List<CalendarEntry> entriesFor(Long accountId, Long deputyId, Instant from, Instant to);
}
