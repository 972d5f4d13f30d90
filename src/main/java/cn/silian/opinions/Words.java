package cn.silian.opinions;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reason a text was found: which of the significant terms MoreLikeThis chose also occur in
 * it, the weightiest first. Words (smartcn) are told when there are any, as they read as words;
 * character pairs only when no whole word is shared.
 */
final class Words {

    private static final int MAX = 5;

    private final Analyzer analyzer;
    private final List<LikeText.Term> terms;

    Words(Analyzer analyzer, List<LikeText.Term> terms) {
        this.analyzer = analyzer;
        this.terms = terms;
    }

    List<String> shared(String text) {
        Set<String> words = tokens(SimilarityMapping.TITLE, text);
        Set<String> pairs = null;
        Set<String> sharedWords = new LinkedHashSet<>();
        Set<String> sharedPairs = new LinkedHashSet<>();
        for (LikeText.Term t : terms) {
            if (t.field().endsWith("Pairs")) {
                if (pairs == null) {
                    pairs = tokens(SimilarityMapping.TITLE_PAIRS, text);
                }
                if (pairs.contains(t.word())) {
                    sharedPairs.add(t.word());
                }
            } else if (words.contains(t.word())) {
                sharedWords.add(t.word());
            }
        }
        List<String> reason = new ArrayList<>(sharedWords.isEmpty() ? sharedPairs : sharedWords);
        return reason.size() > MAX ? List.copyOf(reason.subList(0, MAX)) : List.copyOf(reason);
    }

    private Set<String> tokens(String field, String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
