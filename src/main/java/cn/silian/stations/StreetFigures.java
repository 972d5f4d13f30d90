package cn.silian.stations;

/** One street at a glance, for the office. */
public record StreetFigures(Long streetId, String streetName, long stations, long members) {
}
