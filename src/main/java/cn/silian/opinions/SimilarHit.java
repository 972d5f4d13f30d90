package cn.silian.opinions;

import java.io.Serializable;
import java.util.List;

/**
 * A suggestion or opinion like the text being drafted, best first. {@code title} is a
 * suggestion's title or an opinion's first words; {@code stateKey} the message key of its state;
 * {@code leadName} the lead deputy of a suggestion ({@code null} for an opinion); {@code reason}
 * the significant words the two texts share, the weightiest first. {@code readable}: whether the
 * caller may open it; when not (another deputy's suggestion), {@code snippet} is {@code null} and
 * only the title, year, state and lead deputy are told — never the body.
 */
public record SimilarHit(Kind kind, long id, String title, String snippet, int year, String stateKey,
                         String leadName, float score, List<String> reason, boolean readable) implements Serializable {

    public SimilarHit {
        reason = List.copyOf(reason);
    }

    /** What was found. */
    public enum Kind { SUGGESTION, OPINION }

    /** Where the hit opens; {@code null} when the caller may not open it. */
    public String route() {
        if (!readable) {
            return null;
        }
        return (kind == Kind.SUGGESTION ? "suggestions/" : "opinions/") + id;
    }
}
