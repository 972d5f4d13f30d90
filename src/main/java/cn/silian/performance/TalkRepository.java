package cn.silian.performance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface TalkRepository extends JpaRepository<Talk, Long> {

    @Query("select t from Talk t where t.year = ?1 and t.deputyId in ?2 order by t.heldOn")
    List<Talk> of(int year, Collection<Long> deputyIds);
}
