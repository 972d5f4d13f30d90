package cn.silian.shared;

/**
 * The names of the full-text index's two analysers, for the {@code @FullTextField} mappings of
 * every module. They live here, not beside the configurer that defines them (in documents), so
 * that a module may index its text without depending on the documents module.
 */
public final class SearchAnalyzers {

    /** Chinese words as smartcn segments them; Latin words stemmed in English. */
    public static final String WORDS = "words";
    /** Overlapping pairs of Chinese characters: finds any two characters inside a longer word. */
    public static final String PAIRS = "pairs";

    private SearchAnalyzers() {
    }
}
