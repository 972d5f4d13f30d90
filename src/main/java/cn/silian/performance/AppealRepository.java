package cn.silian.performance;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface AppealRepository extends JpaRepository<Appeal, Long> {

    @Query("select count(a) > 0 from Appeal a where a.entryId = ?1 and a.state = cn.silian.performance.AppealState.OPEN")
    boolean openFor(long entryId);

    @Query("select a from Appeal a where a.entryId in ?1 order by a.createdAt")
    List<Appeal> ofEntries(Collection<Long> entryIds);

    @Query("select a from Appeal a where a.state = ?1 order by a.createdAt, a.id")
    Slice<Appeal> inState(AppealState state, Pageable pageable);

    @Query("select count(a) from Appeal a where a.state = cn.silian.performance.AppealState.OPEN")
    long countOpen();
}
