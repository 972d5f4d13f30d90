package cn.silian.stations;

import cn.silian.shared.PersonName;
import java.time.LocalDate;

/** A past membership: who joined and left when, and who recorded it. */
public record RosterChange(Long deputyId, String name, boolean home, LocalDate joinedOn, LocalDate leftOn,
                           PersonName joinedBy, PersonName leftBy) {
}
