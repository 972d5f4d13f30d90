package cn.silian.opinions;

/**
 * A handling unit as lists, forms and pickers show it. {@code contactPhone} is masked for
 * everybody but the office, administrators and the unit's own accounts.
 */
public record UnitSummary(long id, String name, UnitKind kind, String contactPerson, String contactPhone,
                          boolean active, long version) {
}
