package cn.silian.topics;

/** A group task opened for editing: its values and the version they were read at. */
public record TaskEdit(long id, long version, TaskDraft draft) {
}
