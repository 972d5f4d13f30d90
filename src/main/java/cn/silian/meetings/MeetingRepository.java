package cn.silian.meetings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDateTime;
import java.util.List;

interface MeetingRepository extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

    /** Meetings in the same room overlapping the interval (touching is no overlap), not cancelled. */
    @Query("""
            select m from Meeting m where m.placeKey = :place and m.startsAt < :to and m.endsAt > :from
              and m.status <> cn.silian.meetings.MeetingStatus.CANCELLED and m.id <> :except
            """)
    List<Meeting> sameRoom(@Param("place") String placeKey, @Param("from") LocalDateTime from,
                           @Param("to") LocalDateTime to, @Param("except") Long exceptId);

    @Query("""
            select m from Meeting m where m.organiser = :organiser and m.endsAt > :from and m.startsAt < :to
            order by m.startsAt
            """)
    List<Meeting> organisedBetween(@Param("organiser") String organiser, @Param("from") LocalDateTime from,
                                   @Param("to") LocalDateTime to);

    @Query("select m.id from Meeting m where m.organiser = :organiser")
    List<Long> idsOrganisedBy(@Param("organiser") String organiser);

    /** Announced meetings starting in the window whose reminder has not gone out. */
    @Query("""
            select m from Meeting m where m.status = cn.silian.meetings.MeetingStatus.ANNOUNCED
              and m.reminderSentAt is null and m.startsAt > :from and m.startsAt <= :to
            """)
    List<Meeting> dueForReminder(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    @Query("""
            select m from Meeting m where m.checkInCode = :code and m.startsAt <= :late and m.endsAt >= :now
              and m.status in (cn.silian.meetings.MeetingStatus.ANNOUNCED, cn.silian.meetings.MeetingStatus.HELD)
            """)
    List<Meeting> openForCheckIn(@Param("code") String code, @Param("now") LocalDateTime now, @Param("late") LocalDateTime late);
}
