package cn.silian.performance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    @Query("select p from Publication p where p.year = ?1 order by p.quarter")
    List<Publication> ofYear(int year);

    @Query("select p from Publication p where p.year = ?1 and p.quarter = ?2")
    Optional<Publication> of(int year, int quarter);

    @Query("select p from Publication p order by p.publishedAt desc, p.id desc limit 1")
    Optional<Publication> latest();
}
