package cn.silian.stations;

/** One station's page; only those who may manage the station get it. */
public record StationDetails(StationSummary summary, String community, String contactName, String contactPhone,
                             Double latitude, Double longitude, long version) {
}
