package cn.silian.stations;

/** A station opened for editing: its values and the version they were read at. */
public record StationEdit(long id, long version, StationDraft draft) {
}
