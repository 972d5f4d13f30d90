package cn.silian.benchmark;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.documents.DocumentSearch;
import cn.silian.opinions.SimilarityService;
import cn.silian.security.AccountService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills the test database with the province (on top of the freshly migrated schema and the demo
 * district) and leaves it there when {@code silian.benchmark.keep} is set, so that the app, the
 * load test or {@link ProvinceListsBenchmark} can run against it later. It then builds the
 * search indexes (documents, and suggestions and opinions for similarity) through the app's own
 * mass indexer, into the folder the profile names, so that later runs find them full. Not part of the ordinary
 * build (the name matches no include); run it with {@code ./mvnw test -Pprovince
 * -Dsilian.mariadb.url=...} (docs/benchmarks/province.md).
 */
@SilianSpringTest
@Tag("province")
class ProvinceGeneratorRun {

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired DocumentSearch search;
    @Autowired SimilarityService similarity;

    @Test
    void fillTheProvince() throws InterruptedException {
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
            return;
        }
        TestUsers.login(accounts, "office");
        try {
            long started = System.nanoTime();
            search.rebuild(n -> { });
            double documents = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            similarity.rebuildIndex();
            System.out.printf(Locale.ROOT, "Search index of the documents built in %.1f s, of suggestions and opinions in %.1f s%n",
                    documents, (System.nanoTime() - started) / 1e9);
        } finally {
            TestUsers.logout();
        }
    }
}
