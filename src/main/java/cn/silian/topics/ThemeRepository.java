package cn.silian.topics;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ThemeRepository extends JpaRepository<Theme, Long> {
    Optional<Theme> findByYear(int year);

    List<Theme> findAllByOrderByYearDesc();
}
