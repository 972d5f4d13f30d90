package cn.silian.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    /** Pairs of (deputy id, account id) of the enabled accounts bound to these deputies. */
    @Query("select a.deputyId, a.id from Account a where a.enabled = true and a.deputyId in :deputyIds")
    List<Object[]> enabledAccountsOfDeputies(@Param("deputyIds") Collection<Long> deputyIds);

    @Query("select a.id from Account a where a.enabled = true and a.unitId = :unitId order by a.id")
    List<Long> enabledAccountIdsOfUnit(@Param("unitId") long unitId);

    @Query("select a.id from Account a where a.enabled = true and a.role = cn.silian.security.Role.STREET_STAFF and a.streetId = :streetId order by a.id")
    List<Long> enabledStaffAccountIdsOfStreet(@Param("streetId") long streetId);

    @Query("select a.id from Account a where a.enabled = true and a.role = :role order by a.id")
    List<Long> enabledAccountIdsWithRole(@Param("role") Role role);

    /** Triples of (user name, display name, role) of these accounts. */
    @Query("select a.username, a.deputyId from Account a where a.username in :usernames and a.deputyId is not null")
    List<Object[]> deputiesOf(@Param("usernames") Collection<String> usernames);

    @Query("select a.username, a.displayName, a.role from Account a where a.username in :usernames")
    List<Object[]> namesOf(@Param("usernames") Collection<String> usernames);

    @Query("""
            select a from Account a
            where :filter is null or lower(a.username) like :filter or lower(a.displayName) like :filter
            """)
    Slice<Account> search(@Param("filter") String filter, Pageable pageable);
}
