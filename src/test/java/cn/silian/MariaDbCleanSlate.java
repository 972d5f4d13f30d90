package cn.silian;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * On the shared MariaDB test database, every test run starts from an empty, freshly migrated
 * schema; unless {@code silian.benchmark.keep} is set, when a generated province is to stay
 * between runs (docs/benchmarks/province.md): then the schema is only migrated.
 */
@Configuration
@Profile("mariadb")
class MariaDbCleanSlate {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        boolean keep = Boolean.getBoolean("silian.benchmark.keep");
        return flyway -> {
            if (!keep) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
