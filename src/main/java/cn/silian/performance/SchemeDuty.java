package cn.silian.performance;

/** One duty of a year's scheme as the office edits it. */
public record SchemeDuty(long id, long version, String code, DutyGroup group, String name, int points,
                         Integer yearlyCap, boolean automatic) {
}
