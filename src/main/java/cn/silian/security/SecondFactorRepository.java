package cn.silian.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    Optional<SecondFactor> findByAccountId(Long accountId);

    @Modifying
    @Query("delete from SecondFactor f where f.accountId = :accountId")
    int deleteByAccount(@Param("accountId") Long accountId);
}
