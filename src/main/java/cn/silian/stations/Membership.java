package cn.silian.stations;

import java.time.LocalDate;

/** One of a person's stations, current or past. */
public record Membership(Long stationId, String stationName, boolean home, LocalDate joinedOn, LocalDate leftOn) {
}
