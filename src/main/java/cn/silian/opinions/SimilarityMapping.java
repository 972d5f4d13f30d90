package cn.silian.opinions;

import cn.silian.shared.SearchAnalyzers;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The full-text index of suggestions and opinions, for {@link SimilarityService}. Declared here
 * rather than with annotations on the entities, so that what the similarity search relies on
 * (field names, analysers) is in one place beside it. Every text is indexed twice, as smartcn
 * words and as character pairs, like the documents' index. Named in {@code application.properties}.
 */
public class SimilarityMapping implements HibernateOrmSearchMappingConfigurer {

    static final String SUGGESTION_INDEX = "suggestion";
    static final String OPINION_INDEX = "opinion";
    static final String TITLE = "title";
    static final String TITLE_PAIRS = "titlePairs";
    static final String BODY = "body";
    static final String BODY_PAIRS = "bodyPairs";
    static final String CONTENT = "content";
    static final String CONTENT_PAIRS = "contentPairs";
    static final String YEAR = "year";
    static final String STATE = "state";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        TypeMappingStep suggestion = mapping.type(Suggestion.class);
        suggestion.indexed().index(SUGGESTION_INDEX);
        suggestion.property("title")
                .fullTextField(TITLE).analyzer(SearchAnalyzers.WORDS)
                .fullTextField(TITLE_PAIRS).analyzer(SearchAnalyzers.PAIRS);
        suggestion.property("body")
                .fullTextField(BODY).analyzer(SearchAnalyzers.WORDS)
                .fullTextField(BODY_PAIRS).analyzer(SearchAnalyzers.PAIRS);
        suggestion.property("year").genericField(YEAR);
        suggestion.property("state").keywordField(STATE);

        TypeMappingStep opinion = mapping.type(Opinion.class);
        opinion.indexed().index(OPINION_INDEX);
        opinion.property("content")
                .fullTextField(CONTENT).analyzer(SearchAnalyzers.WORDS)
                .fullTextField(CONTENT_PAIRS).analyzer(SearchAnalyzers.PAIRS);
        opinion.property("state").keywordField(STATE);
    }
}
