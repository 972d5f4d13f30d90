package cn.silian.shared.ui;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Work too long for a request (an export of thousands of rows), run off the UI thread so the page
 * stays responsive, under the identity of the user who asked: the services it calls check his
 * rights exactly as in a request.
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    public static <T> CompletableFuture<T> supply(Supplier<T> work, Executor executor) {
        SecurityContext caller = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(caller);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }, executor);
    }
}
