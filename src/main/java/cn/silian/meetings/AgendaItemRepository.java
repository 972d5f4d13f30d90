package cn.silian.meetings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select a from AgendaItem a where a.meetingId = :meeting order by a.position")
    List<AgendaItem> of(@Param("meeting") Long meetingId);

    @Modifying
    @Query("delete from AgendaItem a where a.meetingId = :meeting")
    void deleteOf(@Param("meeting") Long meetingId);
}
