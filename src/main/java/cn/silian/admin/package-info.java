/**
 * Administration screens that combine several modules: accounts bound to streets and deputy
 * records. The rules stay in {@code security.AccountService}; this module only composes views.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "stations", "opinions"})
package cn.silian.admin;
