package cn.silian.opinions;

/** What a suggestion grew from. */
public enum SourceKind {
    OPINION, FINDING
}
