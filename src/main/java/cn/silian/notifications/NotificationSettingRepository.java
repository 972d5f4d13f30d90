package cn.silian.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, Long> {

    Optional<NotificationSetting> findByAccountId(Long accountId);

    List<NotificationSetting> findByAccountIdIn(Collection<Long> accountIds);
}
