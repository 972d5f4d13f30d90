/**
 * Livelihood projects decided by deputies' vote (民生实事项目人大代表票决制): candidate projects
 * proposed from opinions by street committees or deputies, merged and shortlisted by the office;
 * the ballot at the congress session, voted electronically or entered from paper tally sheets,
 * counted and published. Each adopted project is announced as {@link cn.silian.projects.ProjectAdopted}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "opinions", "campaigns"})
package cn.silian.projects;
