package cn.silian.opinions;

/** An active handling unit for a picker. */
public record UnitChoice(long id, String name, UnitKind kind) {
}
