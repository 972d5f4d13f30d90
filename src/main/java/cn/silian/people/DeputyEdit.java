package cn.silian.people;

/** A stored record opened for editing: its values and the version they were read at. */
public record DeputyEdit(long id, long version, DeputyDraft draft) {
}
