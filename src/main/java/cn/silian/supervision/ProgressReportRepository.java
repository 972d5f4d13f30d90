package cn.silian.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    /** Newest first: the first is the project's current state. */
    List<ProgressReport> findBySupervisedIdOrderByReportedOnDescIdDesc(long supervisedId);

    Optional<ProgressReport> findFirstBySupervisedIdOrderByReportedOnDescIdDesc(long supervisedId);
}
