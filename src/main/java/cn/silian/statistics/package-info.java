/**
 * Dashboards (统计分析): participation, opinions, suggestions and their handling, satisfaction
 * and points, as charts and as tables of the same figures, and as an Excel workbook.
 * <p>
 * Every figure is counted in the database by a GROUP BY query. The figures of other modules are
 * read-only native SQL over their tables ({@code meeting}, {@code invitation}, {@code duty_shift},
 * {@code duty_plan}, {@code deputy}, {@code seat}, {@code opinion}, {@code suggestion},
 * {@code suggestion_street}, {@code suggestion_assignment}, {@code suggestion_answer},
 * {@code handling_unit}, and for the research month and the livelihood projects {@code campaign},
 * {@code campaign_street}, {@code campaign_item}, {@code livelihood_project}, {@code livelihood_project_street},
 * {@code supervised_project}, {@code supervised_project_street}, {@code supervision_problem}), as {@code PointsAccess} in performance reads the directory's: this
 * module writes nothing, and their services would load rows instead of counting them. Points
 * come from {@link cn.silian.performance.PointsQuery#distribution}. The enums of those modules
 * name the rows ({@link cn.silian.people.Level}, {@link cn.silian.opinions.OpinionState} and the
 * like); nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "stations", "opinions", "performance"})
package cn.silian.statistics;
