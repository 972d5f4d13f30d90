package cn.silian.documents;

import cn.silian.opinions.SimilarityService;
import cn.silian.security.Roles;
import cn.silian.shared.InputRules;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Full-text search over the documents a user may read. The spaces he may read are part of the
 * query itself, so a result he may not open is never found, counted or shown in a snippet.
 * Hibernate Search keeps the index current on every committed change; {@link #rebuild} builds
 * it anew from the database.
 */
@Service
@Transactional(readOnly = true)
public class DocumentSearch {

    public static final int QUERY_MAX = 100;

    private static final Logger log = LoggerFactory.getLogger(DocumentSearch.class);
    private static final String[] TEXT_FIELDS = {"description", "descriptionPairs", "tags", "tagsPairs",
            "contentText", "contentPairs"};
    private static final int SNIPPET_PLAIN_MAX = 160;

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final DocumentService documents;
    private final DocumentRepository repository;
    private final IndexJobs jobs;
    private final SimilarityService similarity;

    DocumentSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, DocumentService documents,
                   DocumentRepository repository, IndexJobs jobs, SimilarityService similarity) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.documents = documents;
        this.repository = repository;
        this.jobs = jobs;
        this.similarity = similarity;
    }

    /** Documents the caller may read matching every word of the query, best first. */
    @PreAuthorize(Roles.SIGNED_IN)
    public SearchPage search(String query, int offset, int limit) {
        String text = query == null ? "" : query.strip();
        InputRules.checker().text("query", text, false, QUERY_MAX).throwIfAny();
        if (text.isEmpty()) {
            return SearchPage.EMPTY;
        }
        ReadableSpaces readable = documents.readableSpaces();
        SearchResult<List<?>> result = Search.session(entityManager).search(Document.class)
                .select(f -> f.composite().from(
                        f.id(Long.class),
                        f.highlight("contentText"), f.highlight("contentPairs"),
                        f.highlight("description"), f.highlight("descriptionPairs")).asList())
                .where((f, root) -> {
                    root.add(f.simpleQueryString()
                            .field("title").boost(3f).field("titlePairs").boost(2f)
                            .fields(TEXT_FIELDS)
                            .matching(text)
                            .defaultOperator(BooleanOperator.AND));
                    root.add(f.not(f.exists().field("deletedAt")));
                    if (!readable.all()) {
                        root.add(spaces(f, readable));
                    }
                })
                .highlighter(f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(80).numberOfFragments(2))
                .fetch(offset, limit);
        List<Long> ids = result.hits().stream().map(h -> (Long) h.getFirst()).toList();
        Map<Long, DocumentRow> rows = documents.rows(ids);
        Map<Long, Document> byId = repository.findAllById(ids).stream()
                .collect(Collectors.toMap(Document::getId, Function.identity()));
        List<SearchHit> hits = new ArrayList<>();
        for (List<?> hit : result.hits()) {
            Long id = (Long) hit.getFirst();
            Document d = byId.get(id);
            DocumentRow row = rows.get(id);
            if (d != null && row != null) {
                hits.add(new SearchHit(row, d.space(), snippet(hit, d)));
            }
        }
        return new SearchPage(hits, result.total().hitCount());
    }

    private static PredicateFinalStep spaces(SearchPredicateFactory f, ReadableSpaces readable) {
        var any = f.or();
        if (readable.library()) {
            any.add(f.match().field("spaceKind").matching(SpaceKind.LIBRARY));
        } else {
            // an empty "or" would match everything
            any.add(f.not(f.matchAll()));
        }
        addSpaces(f, any::add, SpaceKind.GROUP, readable.groups());
        addSpaces(f, any::add, SpaceKind.MEETING, readable.meetings());
        addSpaces(f, any::add, SpaceKind.STATION, readable.stations());
        addSpaces(f, any::add, SpaceKind.SUGGESTION, readable.suggestions());
        return any;
    }

    private static void addSpaces(SearchPredicateFactory f, java.util.function.Consumer<PredicateFinalStep> any,
                                  SpaceKind kind, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            any.accept(f.and(f.match().field("spaceKind").matching(kind),
                    f.terms().field("spaceId").matchingAny(ids)));
        }
    }

    /** The first highlighted passage, word fields before pair fields; else the start of the description. */
    @SuppressWarnings("unchecked")
    private static String snippet(List<?> hit, Document d) {
        for (int i = 1; i < hit.size(); i++) {
            List<String> fragments = (List<String>) hit.get(i);
            if (fragments != null && !fragments.isEmpty()) {
                return String.join(" … ", fragments);
            }
        }
        String plain = Objects.requireNonNullElse(d.description(), "");
        if (plain.length() > SNIPPET_PLAIN_MAX) {
            plain = plain.substring(0, SNIPPET_PLAIN_MAX) + "…";
        }
        return escape(plain);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ---- the index -------------------------------------------------------------------------

    /**
     * Builds the index anew from the database; {@code progress} hears how many documents are
     * indexed so far, out of {@link #indexableCount()}. The suggestions' and opinions' similarity
     * indexes are rebuilt after the documents, so one button mends every index. Blocks: call it
     * off the UI thread.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void rebuild(LongConsumer progress) throws InterruptedException {
        massIndex(progress);
        similarity.rebuildIndex();
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public long indexableCount() {
        return repository.count();
    }

    private void massIndex(LongConsumer progress) throws InterruptedException {
        jobs.rebuild(() -> massIndexNow(progress));
    }

    private void massIndexNow(LongConsumer progress) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        mapping.scope(Document.class).massIndexer()
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(100)
                .monitor(new MassIndexingMonitor() {
                    @Override
                    public void documentsAdded(long increment) {
                        progress.accept(done.addAndGet(increment));
                    }

                    @Override
                    public void documentsBuilt(long increment) {
                    }

                    @Override
                    public void entitiesLoaded(long increment) {
                    }

                    @Override
                    public void indexingCompleted() {
                    }
                })
                .startAndWait();
    }

    /**
     * An empty index beside a database with documents (a new node, a deleted index folder) is
     * filled at start, so search never silently misses what the database holds.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void fillAnEmptyIndex() {
        long indexed;
        try (var session = entityManagerFactory.createEntityManager()) {
            indexed = Search.session(session).search(Document.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        long stored = repository.count();
        if (indexed == 0 && stored > 0) {
            log.info("The search index is empty; indexing {} documents from the database", stored);
            try {
                massIndex(n -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
