package cn.silian.performance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface DutyRepository extends JpaRepository<Duty, Long> {

    @Query("select d from Duty d where d.schemeId = ?1 order by d.sortOrder, d.id")
    List<Duty> ofScheme(long schemeId);
}
