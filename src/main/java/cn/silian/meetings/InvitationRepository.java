package cn.silian.meetings;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    @Query("select i from Invitation i where i.meetingId = :meeting order by i.level, i.id")
    Slice<Invitation> of(@Param("meeting") Long meetingId, Pageable pageable);

    @Query("select i from Invitation i where i.meetingId = :meeting")
    List<Invitation> allOf(@Param("meeting") Long meetingId);

    @Query("select i.deputyId from Invitation i where i.meetingId = :meeting")
    List<Long> inviteesOf(@Param("meeting") Long meetingId);

    @Query("select i.deputyId from Invitation i where i.meetingId = :meeting and i.rsvp <> cn.silian.meetings.Rsvp.DECLINED")
    List<Long> comingTo(@Param("meeting") Long meetingId);

    @Query("select i.meetingId from Invitation i where i.deputyId = :deputy")
    List<Long> meetingsOf(@Param("deputy") Long deputyId);

    @Query("select i from Invitation i where i.meetingId = :meeting and i.deputyId = :deputy")
    Optional<Invitation> of(@Param("meeting") Long meetingId, @Param("deputy") Long deputyId);

    @Query("select count(i) from Invitation i where i.meetingId = :meeting")
    long countOf(@Param("meeting") Long meetingId);

    /** {@code [meetingId, rsvp, count]} rows. */
    @Query("select i.meetingId, i.rsvp, count(i) from Invitation i where i.meetingId in :meetings group by i.meetingId, i.rsvp")
    List<Object[]> rsvpCounts(@Param("meetings") Collection<Long> meetingIds);

    /** {@code [level, attendance, count]} rows of one meeting. */
    @Query("select i.level, i.attendance, count(i) from Invitation i where i.meetingId = :meeting group by i.level, i.attendance")
    List<Object[]> attendance(@Param("meeting") Long meetingId);

    /** Invitations of these people to other meetings overlapping the interval (touching is no overlap). */
    @Query("""
            select i.deputyId, m from Invitation i, Meeting m where m.id = i.meetingId and i.deputyId in :people
              and m.startsAt < :to and m.endsAt > :from and m.id <> :except
              and m.status <> cn.silian.meetings.MeetingStatus.CANCELLED and i.rsvp <> cn.silian.meetings.Rsvp.DECLINED
            """)
    List<Object[]> overlapping(@Param("people") Collection<Long> people, @Param("from") LocalDateTime from,
                               @Param("to") LocalDateTime to, @Param("except") Long exceptMeetingId);

    @Query("""
            select count(i) > 0 from Invitation i, Meeting m where m.id = i.meetingId and i.deputyId = :deputy
              and m.startsAt < :to and m.endsAt > :from
              and m.status in (cn.silian.meetings.MeetingStatus.ANNOUNCED, cn.silian.meetings.MeetingStatus.HELD)
              and i.rsvp <> cn.silian.meetings.Rsvp.DECLINED
            """)
    boolean busy(@Param("deputy") Long deputyId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** A person's invitations to announced meetings in a period, for his calendar and home page. */
    @Query("""
            select i, m from Invitation i, Meeting m where m.id = i.meetingId and i.deputyId = :deputy
              and m.status <> cn.silian.meetings.MeetingStatus.DRAFT and m.endsAt > :from and m.startsAt < :to
            order by m.startsAt
            """)
    List<Object[]> ofPersonBetween(@Param("deputy") Long deputyId, @Param("from") LocalDateTime from,
                                   @Param("to") LocalDateTime to);

    /** {@code [meetingId, rsvp]} of one person's invitations to these meetings. */
    @Query("select i.meetingId, i.rsvp from Invitation i where i.deputyId = :deputy and i.meetingId in :meetings")
    List<Object[]> answersOf(@Param("deputy") Long deputyId, @Param("meetings") Collection<Long> meetingIds);
}
