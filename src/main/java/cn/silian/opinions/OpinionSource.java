package cn.silian.opinions;

/** Where a public opinion came from; all but {@code DIRECT} and {@code PUBLIC} point at a source record. */
public enum OpinionSource {
    /** Recorded directly by a deputy or staff. */
    DIRECT,
    /** From a station's reception log entry. */
    RECEPTION,
    /** From a research visit (a meeting of the visit kind). */
    VISIT,
    /** From a topic group's finding. */
    FINDING,
    /** Sent by a visitor through a station's public intake form (您说我听，码上见). */
    PUBLIC;

    public String messageKey() {
        return "opinion.source." + name();
    }
}
