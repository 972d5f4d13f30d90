package cn.silian.stations;

import cn.silian.people.Expertise;

/** Filters of the station list; any may be {@code null}. Street staff always see only their street. */
public record StationFilter(String text, Long streetId, StationKind kind, Expertise field, Boolean specialist) {
    public static StationFilter none() {
        return new StationFilter(null, null, null, null, null);
    }
}
