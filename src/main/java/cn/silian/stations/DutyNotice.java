package cn.silian.stations;

import java.util.List;

/** The public notice of a published plan (进站接待公告), printed and posted at the station. */
public record DutyNotice(String stationName, String address, String openingHours, String contactPhone,
                         List<ShiftRow> shifts) {
}
