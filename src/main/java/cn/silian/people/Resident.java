package cn.silian.people;

import java.util.List;

/**
 * A serving person as the station placement sees him: where he lives, and his levels.
 * {@code latitude} and {@code longitude} are both {@code null} when his home is not located.
 */
public record Resident(Long id, String name, Long streetId, String community, Double latitude, Double longitude,
                       List<Level> levels) {
}
