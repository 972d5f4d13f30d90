package cn.silian.performance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface DutySchemeRepository extends JpaRepository<DutyScheme, Long> {

    @Query("select s from DutyScheme s where s.year = ?1")
    Optional<DutyScheme> ofYear(int year);

    /** The latest scheme before a year, which a new year's scheme starts from. */
    @Query("select s from DutyScheme s where s.year < ?1 order by s.year desc limit 1")
    Optional<DutyScheme> latestBefore(int year);

    @Query("select s.year from DutyScheme s order by s.year desc")
    List<Integer> years();
}
