package cn.silian.stations;

import cn.silian.people.Expertise;

/** A row of the station list. */
public record StationSummary(Long id, String code, StationKind kind, String name, Expertise field, Long streetId,
                             String streetName, String address, String openingHours, String headName, long members,
                             boolean active) {
    public boolean specialist() {
        return field != null;
    }
}
