/**
 * The streets (街道) of the district: reference data that people, accounts and stations point
 * to. Kept apart from {@code stations} so that {@code people} and {@code stations} can both use
 * it without depending on each other.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security"})
package cn.silian.streets;
