package cn.silian.opinions;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface HandlingUnitRepository extends JpaRepository<HandlingUnit, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    @Query("""
            select u from HandlingUnit u
            where (:filter is null or lower(u.name) like :filter or lower(u.contactPerson) like :filter)
              and (:activeOnly = false or u.active = true)
            """)
    Slice<HandlingUnit> search(@Param("filter") String filter, @Param("activeOnly") boolean activeOnly, Pageable pageable);

    @Query("""
            select count(u) from HandlingUnit u
            where (:filter is null or lower(u.name) like :filter or lower(u.contactPerson) like :filter)
              and (:activeOnly = false or u.active = true)
            """)
    long countSearch(@Param("filter") String filter, @Param("activeOnly") boolean activeOnly);

    @Query("select u from HandlingUnit u where u.active = true order by u.name")
    List<HandlingUnit> findActive();

    @Query("select u.id, u.name from HandlingUnit u where u.id in :ids")
    List<Object[]> namesOf(@Param("ids") Collection<Long> ids);
}
