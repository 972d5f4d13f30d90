/**
 * Deputies' supervision of adopted livelihood projects (人大督办): a supervision group with a lead
 * deputy for each project, the department's progress reports with milestones and percent done,
 * site visits, problems sent to the department and followed to an answer, and the year-end rating
 * by the deputies (满意 / 基本满意 / 不满意) with its publication.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "opinions", "meetings", "projects"})
package cn.silian.supervision;
