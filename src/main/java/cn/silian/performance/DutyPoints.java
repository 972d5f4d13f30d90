package cn.silian.performance;

/**
 * One duty of the year's scheme and what a deputy earned for it.
 *
 * @param sum     the live entries' points before the cap
 * @param counted what the sum counts after the cap
 */
public record DutyPoints(long dutyId, String code, DutyGroup group, String name, int pointsEach, Integer yearlyCap,
                         boolean automatic, long entries, int sum, int counted) {
}
