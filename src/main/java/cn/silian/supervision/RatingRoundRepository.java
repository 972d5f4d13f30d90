package cn.silian.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface RatingRoundRepository extends JpaRepository<RatingRound, Long> {

    Optional<RatingRound> findByYear(int year);
}
