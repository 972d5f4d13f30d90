package cn.silian.people;

import java.util.List;

/** A serving person as the station placement sees him: where he lives, and his levels. */
public record Resident(Long id, String name, Long streetId, String community, List<Level> levels) {
}
