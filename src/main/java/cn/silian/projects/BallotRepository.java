package cn.silian.projects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;

interface BallotRepository extends JpaRepository<Ballot, Long> {

    Page<Ballot> findByStateIn(Collection<BallotState> states, Pageable pageable);
}
