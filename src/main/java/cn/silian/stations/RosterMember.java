package cn.silian.stations;

import cn.silian.people.Level;

import java.time.LocalDate;
import java.util.List;

/** A current member of a station's roster; {@code phone} masked as the caller may see it. */
public record RosterMember(Long entryId, Long deputyId, String name, List<Level> levels, String streetName,
                           String phone, boolean home, LocalDate joinedOn, long dutiesThisYear) {
}
