package cn.silian.meetings;

/** A meeting opened for editing: its values, agenda included, and the version they were read at. */
public record MeetingEdit(long id, long version, MeetingDraft draft) {
}
