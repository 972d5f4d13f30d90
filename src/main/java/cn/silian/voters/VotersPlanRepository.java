package cn.silian.voters;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface VotersPlanRepository extends JpaRepository<VotersPlan, Long> {

    Optional<VotersPlan> findByYear(int year);
}
