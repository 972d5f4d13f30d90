package cn.silian.meetings;

import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Meetings for tests, made through the services as the office. The service refuses a start in
 * the past, so a meeting that "has started" is made in the future and then moved back directly
 * in the database: only tests of this package may do that.
 */
public final class MeetingsTestData {

    public static final String ROOM = "三楼第一会议室";

    private final AccountService accounts;
    private final MeetingService meetings;
    private final InvitationService invitations;
    private final EntityManager entityManager;

    public MeetingsTestData(AccountService accounts, MeetingService meetings, InvitationService invitations,
                            EntityManager entityManager) {
        this.accounts = accounts;
        this.meetings = meetings;
        this.invitations = invitations;
        this.entityManager = entityManager;
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(Formats.ZONE).withSecond(0).withNano(0);
    }

    /** A joint meeting of two hours in the given room, with one agenda item. */
    public static MeetingDraft draft(String title, LocalDateTime startsAt, String place) {
        MeetingDraft d = new MeetingDraft();
        d.setTitle(title);
        d.setKind(MeetingKind.JOINT);
        d.setStartsAt(startsAt);
        d.setEndsAt(startsAt.plusHours(2));
        d.setPlace(place);
        d.setAgenda(List.of(new AgendaLine("通报工作", "办公室", 30)));
        return d;
    }

    /** Forgets these accounts' wrong check-in codes, which live outside any transaction. */
    public static void forgetWrongCheckInCodes(org.springframework.context.ApplicationContext context, String... usernames) {
        CheckInThrottle throttle = context.getBean(CheckInThrottle.class);
        for (String username : usernames) {
            throttle.succeeded(username);
        }
    }

    public long deputyId(String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).deputyId();
    }

    /** A draft created by the office. */
    public long create(MeetingDraft draft) {
        return TestUsers.as(accounts, "office", () -> meetings.create(draft));
    }

    /** A meeting created, with these people invited, and announced, all by the office. */
    public long announced(MeetingDraft draft, String... invitees) {
        return TestUsers.as(accounts, "office", () -> {
            long id = meetings.create(draft);
            List<Long> people = java.util.Arrays.stream(invitees).map(this::deputyId).toList();
            if (!people.isEmpty()) {
                invitations.invite(id, people);
            }
            meetings.announce(id, meetings.get(id).version());
            return id;
        });
    }

    /** An announced meeting of these invitees that started {@code ago} before now and lasts two hours. */
    public long started(String title, Duration ago, String... invitees) {
        long id = announced(draft(title, now().plusDays(1), "会场" + title), invitees);
        startedAgo(id, ago);
        return id;
    }

    /** Moves a meeting so that it started {@code ago} before now, keeping its length. */
    public void startedAgo(long id, Duration ago) {
        entityManager.flush();
        Meeting m = entityManager.find(Meeting.class, id);
        Duration length = Duration.between(m.startsAt(), m.endsAt());
        LocalDateTime start = LocalDateTime.now(Formats.ZONE).minus(ago);
        entityManager.createQuery("update Meeting m set m.startsAt = :start, m.endsAt = :end where m.id = :id")
                .setParameter("start", start).setParameter("end", start.plus(length)).setParameter("id", id)
                .executeUpdate();
        entityManager.clear();
    }

    /** The office's view of a meeting, for its version and check-in code. */
    public MeetingDetails asOffice(long id) {
        return TestUsers.as(accounts, "office", () -> meetings.get(id));
    }
}
