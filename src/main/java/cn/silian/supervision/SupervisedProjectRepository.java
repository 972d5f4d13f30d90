package cn.silian.supervision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface SupervisedProjectRepository extends JpaRepository<SupervisedProject, Long>, JpaSpecificationExecutor<SupervisedProject> {

    boolean existsByProjectId(long projectId);

    @Query("select p from SupervisedProject p where p.year = ?1 order by p.id")
    List<SupervisedProject> ofYear(int year);

    @Query("select count(p) from SupervisedProject p where p.year = ?1")
    long countOfYear(int year);
}
