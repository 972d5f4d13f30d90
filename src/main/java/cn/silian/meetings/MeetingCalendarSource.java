package cn.silian.meetings;

import cn.silian.calendar.CalendarEntry;
import cn.silian.calendar.CalendarSource;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts meetings in people's calendars: the announced meetings a deputy is invited to (and has
 * not declined), and the meetings an account organises. Runs for the subscription feed too,
 * with nobody signed in, so it asks no security question of its own.
 */
@Component
class MeetingCalendarSource implements CalendarSource {

    private final InvitationRepository invitations;
    private final MeetingRepository meetings;
    private final AccountService accounts;

    MeetingCalendarSource(InvitationRepository invitations, MeetingRepository meetings, AccountService accounts) {
        this.invitations = invitations;
        this.meetings = meetings;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesFor(Long accountId, Long deputyId, Instant from, Instant to) {
        LocalDateTime start = LocalDateTime.ofInstant(from, Formats.ZONE);
        LocalDateTime end = LocalDateTime.ofInstant(to, Formats.ZONE);
        Map<Long, Meeting> found = new LinkedHashMap<>();
        if (deputyId != null) {
            for (Object[] row : invitations.ofPersonBetween(deputyId, start, end)) {
                Invitation i = (Invitation) row[0];
                Meeting m = (Meeting) row[1];
                if (i.rsvp() != Rsvp.DECLINED) {
                    found.put(m.getId(), m);
                }
            }
        }
        if (accountId != null) {
            accounts.enabledUser(accountId).map(SilianUser::getUsername)
                    .ifPresent(username -> meetings.organisedBetween(username, start, end).forEach(m -> found.put(m.getId(), m)));
        }
        List<CalendarEntry> entries = new ArrayList<>();
        found.values().forEach(m -> entries.add(entry(m)));
        return entries;
    }

    static CalendarEntry entry(Meeting m) {
        String description = m.description() == null ? "" : m.description();
        if (m.onlineLink() != null) {
            description = (description + "\n" + m.onlineLink()).strip();
        }
        return new CalendarEntry("meeting-" + m.getId() + "@silian", CalendarEntry.Kind.MEETING, m.title(),
                m.startsAt().atZone(Formats.ZONE).toInstant(), m.endsAt().atZone(Formats.ZONE).toInstant(),
                MeetingService.place(m), description, MeetingService.link(m), m.status() == MeetingStatus.CANCELLED, m.sequence());
    }
}
