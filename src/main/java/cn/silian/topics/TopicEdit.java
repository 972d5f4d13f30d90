package cn.silian.topics;

/** A topic opened for editing: its values and the version they were read at. */
public record TopicEdit(long id, long version, TopicDraft draft) {
}
