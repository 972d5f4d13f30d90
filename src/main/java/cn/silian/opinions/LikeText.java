package cn.silian.opinions;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "More like this text": a Lucene query that becomes, once it sees the index, Lucene's
 * {@link MoreLikeThis} query for a text that is not in the index (a draft). Hibernate Search does
 * not hand out its index reader, but it rewrites a native query against it, and the document
 * frequencies MoreLikeThis needs to pick the significant words come from that reader.
 * <p>
 * Each field gets the text meant for it and is analysed by the field's own analyser, so the
 * smartcn words and the character pairs both take part. The terms chosen are kept, so that a
 * hit's reason (the significant words it shares) can be told afterwards.
 */
final class LikeText extends Query {

    /** One significant term of the text: its field, the word and its weight (tf × idf). */
    record Term(String field, String word, float score) {
    }

    private static final int MAX_QUERY_TERMS = 40;

    private final Map<String, List<String>> texts;
    private final Analyzer analyzer;
    // written by rewrite: Hibernate Search rewrites once per search, on the thread that searches
    private volatile List<Term> terms = List.of();

    /** @param texts field name → the texts to analyse for it; @param analyzer one that knows every field */
    LikeText(Map<String, List<String>> texts, Analyzer analyzer) {
        this.texts = new LinkedHashMap<>(texts);
        this.analyzer = analyzer;
    }

    /** The significant terms chosen at the last rewrite, the heaviest first. */
    List<Term> terms() {
        return terms;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (reader.numDocs() == 0) {
            return new MatchNoDocsQuery();
        }
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(texts.keySet().toArray(String[]::new));
        // a draft is short: a word said once counts, and a word found in one other text is a lead
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        mlt.setBoost(true);
        Map<String, Collection<Object>> document = new LinkedHashMap<>();
        texts.forEach((field, values) -> document.put(field, List.copyOf(values)));
        Query built = mlt.like(document);
        List<Term> chosen = new ArrayList<>();
        if (built instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                Query q = clause.getQuery();
                float boost = 1f;
                if (q instanceof BoostQuery bq) {
                    boost = bq.getBoost();
                    q = bq.getQuery();
                }
                if (q instanceof TermQuery tq) {
                    chosen.add(new Term(tq.getTerm().field(), tq.getTerm().text(), boost));
                }
            }
        }
        chosen.sort((a, b) -> Float.compare(b.score(), a.score()));
        terms = List.copyOf(chosen);
        return chosen.isEmpty() ? new MatchNoDocsQuery() : built;
    }

    @Override
    public String toString(String field) {
        return "LikeText(" + texts.keySet() + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && texts.equals(((LikeText) other).texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), texts);
    }
}
