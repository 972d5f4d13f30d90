/** The home page: what is the signed-in user's own — his profile and counts, later his meetings and groups. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "performance", "stations", "topics",
        "meetings", "opinions", "voters"})
package cn.silian.home;
