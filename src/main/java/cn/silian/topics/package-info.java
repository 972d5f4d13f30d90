/**
 * Annual themes, research topics and topic groups (分类编组), run as projects. The office runs
 * all; a group's leader runs his group; members see and do its work; other deputies see only
 * published topics and groups; street staff see groups with members of their street.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "performance"})
package cn.silian.topics;
