package cn.silian.opinions;

import cn.silian.stations.ReceptionCategory;

import java.time.Instant;

/** A row of the opinion list (and of a unit's matters): no contact details. */
public record OpinionRow(long id, Instant createdAt, String content, ReceptionCategory category, String streetName,
                         String community, OpinionSource source, OpinionState state, String heardBy) {
}
