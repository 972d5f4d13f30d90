package cn.silian.documents;

import cn.silian.shared.SearchAnalyzers;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Defines the index's two analysers named in {@link SearchAnalyzers}; set in {@code application.properties}. */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.WORDS).instance(new SmartChineseAnalyzer());
        context.analyzer(SearchAnalyzers.PAIRS).instance(new CJKAnalyzer());
    }
}
