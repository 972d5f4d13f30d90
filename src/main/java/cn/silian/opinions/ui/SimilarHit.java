package cn.silian.opinions.ui;

import java.io.Serializable;
import java.util.List;

/**
 * One entry of the "similar suggestions and opinions" panel, as the draft editor expects it from
 * the similarity search: what it is, how alike, and why (the shared terms). {@code visible} says
 * whether the caller may open it; one he may not see shows its title only, so that he learns a
 * colleague already raised the matter without reading what is not his.
 */
public record SimilarHit(Kind kind, long id, String title, String snippet, String leadName, Integer year,
                         String stateKey, double score, List<String> reasons, boolean visible) implements Serializable {

    /** What was found. */
    public enum Kind { SUGGESTION, OPINION }

    public SimilarHit {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Where the hit opens; {@code null} when the caller may not open it. */
    public String route() {
        if (!visible) {
            return null;
        }
        return (kind == Kind.SUGGESTION ? "suggestions/" : "opinions/") + id;
    }
}
