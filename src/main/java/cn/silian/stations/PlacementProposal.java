package cn.silian.stations;

import cn.silian.people.Level;

import java.util.List;

/** The assistant's proposal for one unplaced person, which staff review before applying. */
public record PlacementProposal(Long deputyId, String name, List<Level> levels, String community, Long stationId,
                                String stationName, PlacementAssistant.Reason reason, Double distanceKm) {
}
