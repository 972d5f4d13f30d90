package cn.silian.shared;

/**
 * A stored record opened for editing: its values and the version they were read at, read
 * together, so that a save made meanwhile by someone else is refused rather than overwritten.
 */
public record Edit<D>(long id, long version, D draft) {
}
