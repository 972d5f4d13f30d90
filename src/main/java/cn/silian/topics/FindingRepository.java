package cn.silian.topics;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface FindingRepository extends JpaRepository<Finding, Long> {
    List<Finding> findByGroupIdOrderByCreatedAtDescIdDesc(Long groupId);
}
