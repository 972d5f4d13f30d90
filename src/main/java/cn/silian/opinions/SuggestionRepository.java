package cn.silian.opinions;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface SuggestionRepository extends JpaRepository<Suggestion, Long>, JpaSpecificationExecutor<Suggestion> {

    @Query("select max(s.number) from Suggestion s where s.year = :year")
    Integer maxNumber(@Param("year") int year);

    List<Suggestion> findByHandlingGroupId(Long groupId);

    @Query("select s from Suggestion s where s.leadDeputyId = :deputyId and s.state in :states order by s.updatedAt desc")
    List<Suggestion> ofLeadIn(@Param("deputyId") long deputyId, @Param("states") Collection<SuggestionState> states);

    @Query("select s from Suggestion s where s.key = true and s.year = :year order by s.number")
    List<Suggestion> keyOfYear(@Param("year") int year);
}
