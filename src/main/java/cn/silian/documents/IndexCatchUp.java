package cn.silian.documents;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Each node keeps its own search index, and Hibernate Search indexes only the changes made
 * through that node. So every node regularly re-indexes the documents changed in the database
 * since it last looked, and several nodes behind one address find the same documents. On a
 * single node this only repeats work already done, cheaply.
 */
@Component
@EnableScheduling
class IndexCatchUp {

    /** Covers clocks that differ a little between nodes and transactions that commit late. */
    static final Duration OVERLAP = Duration.ofMinutes(2);
    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final DocumentRepository documents;
    private final IndexJobs jobs;
    private final TransactionTemplate transaction;
    private volatile Instant lookedUpTo = Instant.now();

    IndexCatchUp(EntityManager entityManager, DocumentRepository documents, IndexJobs jobs,
                 PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.documents = documents;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Re-indexes what changed since the last run; returns how many documents it re-indexed. Skipped
     * while the index is being rebuilt, and the next run then looks as far back as this one would
     * have. The indexing happens when the transaction commits, so the transaction lies inside the
     * job's turn.
     */
    @Scheduled(fixedDelayString = "${silian.documents.index-catch-up:PT30S}",
            initialDelayString = "${silian.documents.index-catch-up-first:PT1M}")
    public int run() {
        return jobs.catchUp(() -> transaction.execute(status -> catchUpNow()));
    }

    private int catchUpNow() {
        Instant now = Instant.now();
        Instant since = lookedUpTo.minus(OVERLAP);
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        int done = 0;
        List<Document> changed;
        do {
            changed = documents.changedSince(since, PageRequest.of(done / BATCH, BATCH));
            changed.forEach(plan::addOrUpdate);
            done += changed.size();
        } while (changed.size() == BATCH);
        lookedUpTo = now;
        return done;
    }
}
