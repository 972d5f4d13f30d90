package cn.silian.meetings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface MeetingActionRepository extends JpaRepository<MeetingAction, Long> {

    List<MeetingAction> findByMeetingIdOrderById(Long meetingId);

    /** Open actions of a person from published minutes only: unpublished minutes may still change. */
    @Query("""
            select a from MeetingAction a, Meeting m where m.id = a.meetingId and a.assigneeId = :deputy and a.doneOn is null
              and m.status = cn.silian.meetings.MeetingStatus.MINUTES_PUBLISHED order by a.dueOn, a.id
            """)
    List<MeetingAction> openFor(@Param("deputy") Long deputyId);
}
