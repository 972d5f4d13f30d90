/**
 * Reports to voters (述职评议): the office's plan of a year — at least a share of the district
 * deputies report orally, those who have not yet in the term first, the rest in writing — each
 * deputy's report drafted from his year's record, and the rating of an oral report by the voters'
 * representatives. A written report submitted or an oral report's result published earns the
 * duty through {@link cn.silian.performance.DutyActivitiesChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "performance", "meetings"})
package cn.silian.voters;
