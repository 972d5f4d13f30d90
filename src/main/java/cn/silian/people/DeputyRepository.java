package cn.silian.people;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DeputyRepository extends JpaRepository<Deputy, Long>, JpaSpecificationExecutor<Deputy> {

    /** One person with his seats in one query, for his home page. */
    @EntityGraph(attributePaths = "seats")
    @Query("select d from Deputy d where d.id = :id")
    Optional<Deputy> withSeats(@Param("id") long id);

    /** Active people per seat level: {@code [Level, count]} rows. */
    @Query("""
            select s.level, count(distinct d.id) from Seat s join s.deputy d
            where d.status = cn.silian.people.DeputyStatus.ACTIVE and (:streetId is null or d.streetId = :streetId)
            group by s.level
            """)
    List<Object[]> countByLevel(@Param("streetId") Long streetId);

    /**
     * Seats per level, whoever holds them: {@code [Level, count]} rows. A person holds a level
     * once (uk_seat_level), so with {@link #countInactiveByLevel()} subtracted this is
     * {@link #countByLevel} for the whole district, from the seat index alone instead of a join
     * over every person.
     */
    @Query("select s.level, count(s) from Seat s group by s.level")
    List<Object[]> countSeatsByLevel();

    /** Seats per level of people who are not active: {@code [Level, count]} rows, from the few such people. */
    @Query("""
            select s.level, count(s) from Seat s join s.deputy d
            where d.status <> cn.silian.people.DeputyStatus.ACTIVE
            group by s.level
            """)
    List<Object[]> countInactiveByLevel();

    @Query("select count(d) from Deputy d where d.status = cn.silian.people.DeputyStatus.ACTIVE and (:streetId is null or d.streetId = :streetId)")
    long countActive(@Param("streetId") Long streetId);

    @Query("select d.name from Deputy d where d.id = :id")
    String nameOf(@Param("id") Long id);

    @Query("select d from Deputy d where d.status = cn.silian.people.DeputyStatus.ACTIVE and d.streetId = :street order by d.namePinyin, d.id")
    List<Deputy> activeIn(@Param("street") Long streetId);

    List<Deputy> findByName(String name);

    @Query("""
            select distinct d.id from Deputy d join d.seats s
            where d.status = cn.silian.people.DeputyStatus.ACTIVE and s.level in :levels order by d.id
            """)
    List<Long> activeIdsWithLevels(@Param("levels") Collection<Level> levels);

    @Query("select d.id from Deputy d where d.status = cn.silian.people.DeputyStatus.ACTIVE and d.streetId = :street order by d.id")
    List<Long> activeIdsIn(@Param("street") Long streetId);

    @Query("""
            select distinct d from Deputy d join d.expertise x
            where d.status = cn.silian.people.DeputyStatus.ACTIVE and x in :tags order by d.id
            """)
    List<Deputy> activeWithExpertise(@Param("tags") Collection<Expertise> tags);

    @Query("select d.id, d.name from Deputy d where d.id in :ids")
    List<Object[]> namesOf(@Param("ids") Collection<Long> ids);
}
