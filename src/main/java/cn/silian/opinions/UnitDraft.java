package cn.silian.opinions;

/** What the office enters for a handling unit. */
public record UnitDraft(String name, UnitKind kind, String contactPerson, String contactPhone, boolean active) {
}
