package cn.silian.topics;

/** A group opened for editing: its values and the version they were read at. */
public record GroupEdit(long id, long version, GroupDraft draft) {
}
