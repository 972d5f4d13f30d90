package cn.silian.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Query("select c from RecoveryCode c where c.accountId = :accountId and c.usedAt is null order by c.id")
    List<RecoveryCode> unused(@Param("accountId") Long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    int deleteByAccount(@Param("accountId") Long accountId);
}
