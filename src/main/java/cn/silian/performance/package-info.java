/**
 * Duty made visible (履职积分): the yearly points scheme, the ledger of points earned from what
 * the other modules record, appeals, publication and talks, the deputy's record (履职档案).
 * Other modules tell it what a deputy did by publishing events that implement
 * {@link cn.silian.performance.DutyActivitiesChanged} and by implementing
 * {@link cn.silian.performance.DutyActivitySource} for replay; no module writes points itself,
 * and this module depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "people", "streets", "notifications"})
package cn.silian.performance;
