package cn.silian.opinions;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The more-like-this query on its own, over a small index built with the application's two analysers. */
class LikeTextTest {

    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(),
            Map.of("titlePairs", new CJKAnalyzer(), "bodyPairs", new CJKAnalyzer()));

    @Test
    void aRewordedSuggestionIsFoundFirstAndAnUnrelatedOneNotAtAll() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
                for (String[] s : SimilarityTexts.EXISTING) {
                    Document d = new Document();
                    d.add(new StoredField("key", s[0]));
                    for (String f : List.of("title", "titlePairs")) {
                        d.add(new TextField(f, s[1], Field.Store.NO));
                    }
                    for (String f : List.of("body", "bodyPairs")) {
                        d.add(new TextField(f, s[2], Field.Store.NO));
                    }
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                LikeText query = new LikeText(Map.of(
                        "title", List.of(SimilarityTexts.REWORDED_TITLE), "titlePairs", List.of(SimilarityTexts.REWORDED_TITLE),
                        "body", List.of(SimilarityTexts.REWORDED_BODY), "bodyPairs", List.of(SimilarityTexts.REWORDED_BODY)),
                        ANALYZER);
                List<String> found = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, 3).scoreDocs) {
                    found.add(searcher.storedFields().document(hit.doc).get("key"));
                }
                assertThat(found).first().isEqualTo("elevator");
                assertThat(found).doesNotContain("parking-fees", "school-meals");
                assertThat(query.terms()).extracting(LikeText.Term::word).contains("电梯");
            }
        }
    }
}
