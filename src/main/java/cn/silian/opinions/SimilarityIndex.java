package cn.silian.opinions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Keeps the similarity indexes of suggestions and opinions whole, as the documents module does
 * for its own: an empty index beside rows in the database (a new node, a deleted index folder)
 * is filled at start, and each node regularly re-indexes what other nodes changed. One job at a
 * time: a catch-up during the fill would leave an entity in the index twice.
 */
@Component
@EnableScheduling
class SimilarityIndex {

    /** Covers clocks that differ a little between nodes and transactions that commit late. */
    static final Duration OVERLAP = Duration.ofMinutes(2);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(SimilarityIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final Semaphore permit = new Semaphore(1);
    private volatile Instant lookedUpTo = Instant.now();

    SimilarityIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
                    PlatformTransactionManager transactions) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Fills an empty suggestion or opinion index from the database; returns how many types it filled. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public int fillEmptyIndexes() {
        permit.acquireUninterruptibly();
        try {
            int filled = 0;
            for (Class<?> type : List.of(Suggestion.class, Opinion.class)) {
                if (fillIfEmpty(type)) {
                    filled++;
                }
            }
            return filled;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            permit.release();
        }
    }

    /** Builds both indexes anew from the database, waiting for a catch-up under way. Blocks. */
    void rebuild() throws InterruptedException {
        permit.acquire();
        try {
            Search.mapping(entityManagerFactory).scope(List.of(Suggestion.class, Opinion.class)).massIndexer()
                    .threadsToLoadObjects(1).batchSizeToLoadObjects(100).startAndWait();
        } finally {
            permit.release();
        }
    }

    private boolean fillIfEmpty(Class<?> type) throws InterruptedException {
        long indexed;
        long stored;
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            indexed = Search.session(session).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
            stored = session.createQuery("select count(x) from " + type.getSimpleName() + " x", Long.class)
                    .getSingleResult();
        }
        if (indexed > 0 || stored == 0) {
            return false;
        }
        log.info("The {} index is empty; indexing {} rows from the database", type.getSimpleName(), stored);
        Search.mapping(entityManagerFactory).scope(type).massIndexer()
                .threadsToLoadObjects(1).batchSizeToLoadObjects(100).startAndWait();
        return true;
    }

    /** Re-indexes the suggestions and opinions changed since the last run (by any node); returns how many. */
    @Scheduled(fixedDelayString = "${silian.opinions.index-catch-up:PT30S}",
            initialDelayString = "${silian.opinions.index-catch-up-first:PT1M}")
    public int catchUp() {
        if (!permit.tryAcquire()) {
            return 0;
        }
        try {
            Integer done = transaction.execute(status -> catchUpNow());
            return done == null ? 0 : done;
        } finally {
            permit.release();
        }
    }

    private int catchUpNow() {
        Instant now = Instant.now();
        Instant since = lookedUpTo.minus(OVERLAP);
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        int done = 0;
        for (Class<?> type : List.of(Suggestion.class, Opinion.class)) {
            List<?> changed;
            int page = 0;
            do {
                changed = entityManager.createQuery("select x from " + type.getSimpleName()
                                + " x where x.updatedAt >= :since order by x.id", type)
                        .setParameter("since", since).setFirstResult(page++ * BATCH).setMaxResults(BATCH)
                        .getResultList();
                changed.forEach(plan::addOrUpdate);
                done += changed.size();
            } while (changed.size() == BATCH);
        }
        lookedUpTo = now;
        return done;
    }
}
