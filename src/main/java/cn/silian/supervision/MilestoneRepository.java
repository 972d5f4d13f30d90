package cn.silian.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findBySupervisedIdOrderByDueOnAscIdAsc(long supervisedId);
}
