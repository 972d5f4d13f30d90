/**
 * Liaison stations (家站点): homes, stations and points of each street, their rosters, the
 * reception duty plan and the reception log. A street's staff see and change only their own
 * street; the office sees all streets. Every rule is enforced in the services.
 */
package cn.silian.stations;
