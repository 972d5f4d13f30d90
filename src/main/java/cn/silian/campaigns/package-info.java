/**
 * Research months (集中调研月): the office opens a campaign with a theme, a period, the streets and
 * topic groups taking part and their targets; opinions and research visits of the period are
 * tagged to it; its progress by street and group, and its summary report. Candidate livelihood
 * projects are counted through {@link cn.silian.campaigns.CampaignProjects}, which the projects
 * module implements, so that this module does not depend on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "topics", "meetings", "opinions"})
package cn.silian.campaigns;
