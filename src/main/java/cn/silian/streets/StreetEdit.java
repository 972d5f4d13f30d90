package cn.silian.streets;

/** A street opened for renaming: its code and name and the version they were read at. */
public record StreetEdit(long id, long version, String code, String name) {
}
