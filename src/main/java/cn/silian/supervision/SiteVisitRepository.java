package cn.silian.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SiteVisitRepository extends JpaRepository<SiteVisit, Long> {

    List<SiteVisit> findBySupervisedIdOrderByStartsAtDesc(long supervisedId);
}
