package cn.silian.documents;

import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The index's two analysers; named in {@code application.properties}. */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /** Chinese words as smartcn segments them; Latin words stemmed in English. */
    static final String WORDS = "words";
    /** Overlapping pairs of Chinese characters: finds any two characters inside a longer word. */
    static final String PAIRS = "pairs";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(WORDS).instance(new SmartChineseAnalyzer());
        context.analyzer(PAIRS).instance(new CJKAnalyzer());
    }
}
