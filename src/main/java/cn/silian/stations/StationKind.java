package cn.silian.stations;

/** 代表之家 / 代表联络站 / 代表联络点. */
public enum StationKind {
    HOME, STATION, POINT;

    public String messageKey() {
        return "station.kind." + name();
    }
}
