package cn.silian.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByActiveAccountId(Long accountId);

    Optional<CalendarToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);
}
