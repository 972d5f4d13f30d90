package cn.silian.benchmark;

import cn.silian.SilianSpringTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills the test database with the province (on top of the freshly migrated schema and the demo
 * district) and leaves it there when {@code silian.benchmark.keep} is set, so that the app, the
 * load test or {@link ProvinceListsBenchmark} can run against it later. Not part of the ordinary
 * build (the name matches no include); run it with {@code ./mvnw test -Pprovince
 * -Dsilian.mariadb.url=...} (docs/benchmarks/province.md).
 */
@SilianSpringTest
@Tag("province")
class ProvinceGeneratorRun {

    @Autowired JdbcTemplate jdbc;

    @Test
    void fillTheProvince() {
        ProvinceGenerator province = ProvinceGenerator.atScale(jdbc);
        if (province.present()) {
            System.out.println("A province is in " + province.database() + " already; nothing written");
            return;
        }
        province.generate();
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class))
                .isGreaterThanOrEqualTo(province.sizes().documents());
        if (!Boolean.getBoolean("silian.benchmark.keep")) {
            province.remove();
        }
    }
}
