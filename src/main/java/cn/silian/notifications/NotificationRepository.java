package cn.silian.notifications;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Slice<Notification> findByAccountId(Long accountId, Pageable pageable);

    Slice<Notification> findByAccountIdAndReadAtIsNull(Long accountId, Pageable pageable);

    long countByAccountId(Long accountId);

    long countByAccountIdAndReadAtIsNull(Long accountId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :at where n.accountId = :account and n.readAt is null")
    int markAllRead(@Param("account") Long accountId, @Param("at") Instant at);

    @Query("select distinct n.accountId from Notification n where n.mailState = :state")
    List<Long> accountsWith(@Param("state") MailState state);

    @Query("""
            select n from Notification n
            where n.accountId = :account and n.mailState = cn.silian.notifications.MailState.PENDING
              and n.createdAt < :before
            order by n.createdAt, n.id
            """)
    List<Notification> pendingMail(@Param("account") Long accountId, @Param("before") Instant before);

    /** Moves still-pending notices on; a notice another run has already sent is left alone. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Notification n set n.mailState = :to, n.emailedAt = :at
            where n.id in :ids and n.mailState = cn.silian.notifications.MailState.PENDING
            """)
    int settleMail(@Param("ids") Collection<Long> ids, @Param("to") MailState to, @Param("at") Instant at);
}
