package cn.silian.opinions;

/**
 * The "new opinion" form's start: the draft read from the source record, the source's title to
 * show (a station, a visit, a group's finding; {@code null} for a direct one), and whether the
 * street is fixed (by the source, or because the caller is a street's staff).
 */
public record SourcedDraft(OpinionDraft draft, String sourceTitle, boolean streetFixed) {
}
