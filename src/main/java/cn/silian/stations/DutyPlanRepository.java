package cn.silian.stations;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DutyPlanRepository extends JpaRepository<DutyPlan, Long> {

    List<DutyPlan> findByStationIdOrderByFromDateDesc(Long stationId);
}
