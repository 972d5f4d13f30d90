package cn.silian.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PlannedMilestoneRepository extends JpaRepository<PlannedMilestone, Long> {

    List<PlannedMilestone> findBySupervisedIdOrderByDueOnAscIdAsc(long supervisedId);
}
