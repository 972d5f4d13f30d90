package cn.silian.documents;

import org.springframework.stereotype.Component;

import java.util.concurrent.Semaphore;

/**
 * Lets one whole-index job run at a time on this node. The mass indexer purges the index and then
 * adds every document without deleting first, so a catch-up that re-indexes a document meanwhile
 * leaves it in the index twice, and search shows it twice until the next change to it.
 * A semaphore, not a lock: it must refuse a second job even on the thread that holds it.
 * <p>
 * A user's own save during a rebuild can race the mass indexer in the same way; that one heals by
 * itself, because the catch-ups skipped meanwhile leave their starting point where it was, and the
 * first one after the rebuild re-indexes (delete, then add) every document changed while it ran.
 */
@Component
class IndexJobs {

    private final Semaphore permit = new Semaphore(1);

    /** Runs a rebuild, waiting for a catch-up under way to finish. */
    void rebuild(InterruptibleJob job) throws InterruptedException {
        permit.acquire();
        try {
            job.run();
        } finally {
            permit.release();
        }
    }

    /** Runs a catch-up unless a rebuild (or another catch-up) is under way; then it is skipped and returns 0. */
    int catchUp(java.util.function.IntSupplier job) {
        if (!permit.tryAcquire()) {
            return 0;
        }
        try {
            return job.getAsInt();
        } finally {
            permit.release();
        }
    }

    @FunctionalInterface
    interface InterruptibleJob {
        void run() throws InterruptedException;
    }
}
