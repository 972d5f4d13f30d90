package cn.silian.streets;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface StreetRepository extends JpaRepository<Street, Long> {

    List<Street> findAllByOrderBySortOrderAsc();

    boolean existsByCode(String code);
}
