package cn.silian.opinions;

import cn.silian.people.DeputyService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Suggestions and opinions like a text, of every level and every year, so that a deputy drafting
 * a suggestion can co-sign or merge instead of duplicating; and near-duplicates among a year's
 * suggestions for the office to join for handling. Built on Lucene's MoreLikeThis over the smartcn
 * words and the character pairs ({@link LikeText}), ranked by its score, with the shared
 * significant words as the reason.
 * <p>
 * What the caller may open is decided by the owning services' visibility rules. A deputy is told
 * that another deputy's submitted suggestion exists (title, year, state, lead deputy — never the
 * body), because that is what lets him co-sign it; nobody else learns of anything he may not open,
 * and opinions he may not read are never shown.
 */
@Service
@Transactional(readOnly = true)
public class SimilarityService {

    public static final int MAX = 20;
    /** The default score above which two suggestions of a year count as near-duplicates (1 = the same text). */
    public static final double DUPLICATE_THRESHOLD = 0.2;
    static final int TEXT_MAX = SuggestionDraft.TITLE_MAX + SuggestionDraft.BODY_MAX;
    private static final int REASON_WORDS = 5;
    private static final int SNIPPET_CHARS = 120;
    private static final int FIRST_WORDS = 30;
    // unreadable hits are dropped after the search, so it fetches more than it shows
    private static final int CANDIDATES = 60;
    private static final int DUPLICATE_CANDIDATES = 10;
    private static final Set<SuggestionState> NOT_YET_OR_NO_LONGER =
            Set.of(SuggestionState.DRAFT, SuggestionState.WITHDRAWN);
    private static final Set<SuggestionState> NOT_A_DUPLICATE =
            Set.of(SuggestionState.DRAFT, SuggestionState.WITHDRAWN, SuggestionState.NOT_FILED);

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final SuggestionService suggestions;
    private final OpinionAccess opinionAccess;
    private final OpinionRepository opinions;
    private final DeputyService deputies;
    private final CurrentUser currentUser;
    private final SimilarityIndex index;

    SimilarityService(EntityManager entityManager, EntityManagerFactory entityManagerFactory,
                      SuggestionService suggestions, OpinionAccess opinionAccess, OpinionRepository opinions,
                      DeputyService deputies, CurrentUser currentUser, SimilarityIndex index) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.suggestions = suggestions;
        this.opinionAccess = opinionAccess;
        this.opinions = opinions;
        this.deputies = deputies;
        this.currentUser = currentUser;
        this.index = index;
    }

    /**
     * Builds the suggestion and opinion indexes anew from the database, for the office's "rebuild
     * the search index" (which the documents module offers). Blocks: call it off the UI thread.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void rebuildIndex() throws InterruptedException {
        index.rebuild();
    }

    // ---- like a draft --------------------------------------------------------------------------

    /**
     * At most {@code max} suggestions and opinions like this title and body, best first.
     * {@code excludeSuggestionId}: the draft itself, once saved. Blank text finds nothing.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<SimilarHit> similarTo(String title, String body, Long excludeSuggestionId, int max) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        InputRules.checker().text("title", t, false, SuggestionDraft.TITLE_MAX)
                .multiline("body", b, false, SuggestionDraft.BODY_MAX).throwIfAny();
        int limit = Math.clamp(max, 1, MAX);
        if (t.isEmpty() && b.isEmpty()) {
            return List.of();
        }
        SilianUser me = currentUser.require();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        texts.put(SimilarityMapping.TITLE, List.of(t));
        texts.put(SimilarityMapping.TITLE_PAIRS, List.of(t));
        texts.put(SimilarityMapping.BODY, List.of(b));
        texts.put(SimilarityMapping.BODY_PAIRS, List.of(b));
        texts.put(SimilarityMapping.CONTENT, List.of(t, b));
        texts.put(SimilarityMapping.CONTENT_PAIRS, List.of(t, b));
        LikeText like = new LikeText(texts, analyzer());
        List<List<?>> found = Search.session(entityManager)
                .search(List.of(Suggestion.class, Opinion.class))
                .select(f -> f.composite().from(f.entityReference(), f.score()).asList())
                .where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(like))
                .fetchHits(CANDIDATES);

        List<Long> suggestionIds = new ArrayList<>();
        List<Long> opinionIds = new ArrayList<>();
        for (List<?> hit : found) {
            EntityReference ref = (EntityReference) hit.getFirst();
            long id = ((Number) ref.id()).longValue();
            if (ref.type() == Suggestion.class) {
                if (excludeSuggestionId == null || id != excludeSuggestionId) {
                    suggestionIds.add(id);
                }
            } else {
                opinionIds.add(id);
            }
        }
        Map<Long, Suggestion> suggestionsById = byId(Suggestion.class, suggestionIds, Suggestion::getId);
        Map<Long, Opinion> opinionsById = byId(Opinion.class, opinionIds, Opinion::getId);
        Set<Long> readableSuggestions = suggestionIds.isEmpty() ? Set.of() : suggestions.visibleIds(suggestionIds);
        Set<Long> readableOpinions = readableOpinions(me, opinionIds);
        Map<Long, String> leads = deputies.namesOf(suggestionsById.values().stream()
                .map(Suggestion::leadDeputyId).collect(Collectors.toSet()));
        Words words = new Words(analyzer(), like.terms());

        List<SimilarHit> hits = new ArrayList<>();
        for (List<?> hit : found) {
            if (hits.size() == limit) {
                break;
            }
            EntityReference ref = (EntityReference) hit.getFirst();
            long id = ((Number) ref.id()).longValue();
            float score = (Float) hit.get(1);
            if (ref.type() == Suggestion.class) {
                Suggestion s = suggestionsById.get(id);
                if (s == null) {
                    continue;
                }
                boolean readable = readableSuggestions.contains(id);
                if (!readable && !(me.is(Role.DEPUTY) && !NOT_YET_OR_NO_LONGER.contains(s.state()))) {
                    continue;
                }
                String text = s.title() + "\n" + s.body();
                List<String> reason = words.shared(text);
                hits.add(new SimilarHit(SimilarHit.Kind.SUGGESTION, id, s.title(),
                        readable ? snippet(s.body(), reason) : null, s.year(), s.state().messageKey(),
                        leads.get(s.leadDeputyId()), score, reason, readable));
            } else {
                Opinion o = opinionsById.get(id);
                if (o == null || !readableOpinions.contains(id) || o.state() == OpinionState.MERGED) {
                    continue;
                }
                List<String> reason = words.shared(o.content());
                hits.add(new SimilarHit(SimilarHit.Kind.OPINION, id, firstWords(o.content()),
                        snippet(o.content(), reason), o.createdAt().atZone(Formats.ZONE).getYear(),
                        o.state().messageKey(), null, score, reason, true));
            }
        }
        return hits;
    }

    private Set<Long> readableOpinions(SilianUser me, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return opinions.findAll(opinionAccess.visibleTo(me).and((root, query, cb) -> root.get("id").in(ids)))
                .stream().map(Opinion::getId).collect(Collectors.toSet());
    }

    // ---- near-duplicates -------------------------------------------------------------------------

    /**
     * The year's suggestions (submitted and not withdrawn or turned away) that say nearly the same,
     * in clusters, the closest first. Two suggestions are close when each finds the other with at
     * least {@code threshold} of the score it gives itself (0..1; {@link #DUPLICATE_THRESHOLD} is a
     * good start); a cluster is what close pairs bind together.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public List<DuplicateCluster> nearDuplicates(int year, double threshold) {
        List<Suggestion> all = entityManager.createQuery(
                        "select s from Suggestion s where s.year = :year and s.state not in :excluded order by s.id",
                        Suggestion.class)
                .setParameter("year", year).setParameter("excluded", NOT_A_DUPLICATE).getResultList();
        Map<Long, Suggestion> byId = all.stream().collect(Collectors.toMap(Suggestion::getId, Function.identity()));
        Analyzer analyzer = analyzer();
        // the score each gives the other, as a share of the score it gives itself
        Map<Long, Map<Long, Double>> scores = new HashMap<>();
        Map<Long, List<LikeText.Term>> termsOf = new HashMap<>();
        for (Suggestion s : all) {
            LikeText like = new LikeText(Map.of(
                    SimilarityMapping.TITLE, List.of(s.title()), SimilarityMapping.TITLE_PAIRS, List.of(s.title()),
                    SimilarityMapping.BODY, List.of(s.body()), SimilarityMapping.BODY_PAIRS, List.of(s.body())), analyzer);
            List<List<?>> found = Search.session(entityManager).search(Suggestion.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.score()).asList())
                    .where(f -> f.bool()
                            .must(f.extension(LuceneExtension.get()).fromLuceneQuery(like))
                            .filter(f.match().field(SimilarityMapping.YEAR).matching(year)))
                    .fetchHits(DUPLICATE_CANDIDATES + 1);
            termsOf.put(s.getId(), like.terms());
            float self = found.stream().filter(h -> h.getFirst().equals(s.getId())).map(h -> (Float) h.get(1))
                    .findFirst().orElse(0f);
            if (self <= 0) {
                continue;
            }
            Map<Long, Double> mine = new HashMap<>();
            for (List<?> hit : found) {
                long other = (Long) hit.getFirst();
                if (other != s.getId() && byId.containsKey(other)) {
                    mine.put(other, Math.min(1.0, (Float) hit.get(1) / self));
                }
            }
            scores.put(s.getId(), mine);
        }

        List<DuplicateCluster.Pair> pairs = new ArrayList<>();
        for (var entry : scores.entrySet()) {
            long a = entry.getKey();
            for (var other : entry.getValue().entrySet()) {
                long b = other.getKey();
                if (a >= b) {
                    continue;
                }
                double back = scores.getOrDefault(b, Map.of()).getOrDefault(a, 0.0);
                double score = (other.getValue() + back) / 2;
                if (score >= threshold) {
                    Suggestion sb = byId.get(b);
                    List<String> reason = new Words(analyzer, termsOf.get(a)).shared(sb.title() + "\n" + sb.body());
                    pairs.add(new DuplicateCluster.Pair(a, b, score, reason));
                }
            }
        }
        return clusters(pairs, byId);
    }

    private List<DuplicateCluster> clusters(List<DuplicateCluster.Pair> pairs, Map<Long, Suggestion> byId) {
        Map<Long, Long> parent = new HashMap<>();
        for (DuplicateCluster.Pair p : pairs) {
            union(parent, p.first(), p.second());
        }
        Map<Long, List<DuplicateCluster.Pair>> byRoot = new HashMap<>();
        for (DuplicateCluster.Pair p : pairs) {
            byRoot.computeIfAbsent(find(parent, p.first()), k -> new ArrayList<>()).add(p);
        }
        Map<Long, String> leads = deputies.namesOf(byId.values().stream().map(Suggestion::leadDeputyId)
                .collect(Collectors.toSet()));
        List<DuplicateCluster> clusters = new ArrayList<>();
        for (List<DuplicateCluster.Pair> group : byRoot.values()) {
            group.sort((x, y) -> Double.compare(y.score(), x.score()));
            Set<Long> ids = new HashSet<>();
            group.forEach(p -> {
                ids.add(p.first());
                ids.add(p.second());
            });
            List<DuplicateCluster.Member> members = ids.stream().map(byId::get)
                    .sorted((x, y) -> x.number() == null || y.number() == null
                            ? Long.compare(x.getId(), y.getId()) : Integer.compare(x.number(), y.number()))
                    .map(s -> new DuplicateCluster.Member(s.getId(), s.code(), s.title(), leads.get(s.leadDeputyId()),
                            s.state(), s.handlingGroupId()))
                    .toList();
            clusters.add(new DuplicateCluster(members, group, group.getFirst().score()));
        }
        clusters.sort((x, y) -> Double.compare(y.topScore(), x.topScore()));
        return clusters;
    }

    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        while (parent.getOrDefault(root, root) != root) {
            root = parent.get(root);
        }
        parent.put(x, root);
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Each field analysed as its index analyses it: the suggestion index knows title and body, the opinion index content. */
    private Analyzer analyzer() {
        var mapping = Search.mapping(entityManagerFactory);
        Analyzer suggestion = mapping.indexManager(SimilarityMapping.SUGGESTION_INDEX).unwrap(LuceneIndexManager.class)
                .searchAnalyzer();
        Analyzer opinion = mapping.indexManager(SimilarityMapping.OPINION_INDEX).unwrap(LuceneIndexManager.class)
                .searchAnalyzer();
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return fieldName.startsWith(SimilarityMapping.CONTENT) ? opinion : suggestion;
            }
        };
    }

    private <T> Map<Long, T> byId(Class<T> type, Collection<Long> ids, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select x from " + type.getSimpleName() + " x where x.id in :ids", type)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static String firstWords(String text) {
        String plain = text.strip().replaceAll("\\s+", " ");
        return plain.length() <= FIRST_WORDS ? plain : plain.substring(0, FIRST_WORDS) + "…";
    }

    /** A passage around the first shared word, or the text's start. Plain text: the views escape it. */
    static String snippet(String text, List<String> reason) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        int at = reason.stream().mapToInt(plain::indexOf).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, at - SNIPPET_CHARS / 4);
        int to = Math.min(plain.length(), from + SNIPPET_CHARS);
        return (from > 0 ? "…" : "") + plain.substring(from, to) + (to < plain.length() ? "…" : "");
    }
}
