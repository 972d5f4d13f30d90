/**
 * Liaison stations (家站点): homes, stations and points of each street, their rosters, the
 * reception duty plan and the reception log. A street's staff see and change only their own
 * street; the office sees all streets. Every rule is enforced in the services.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets", "people", "calendar", "performance"})
package cn.silian.stations;
