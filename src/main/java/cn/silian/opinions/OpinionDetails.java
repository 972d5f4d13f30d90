package cn.silian.opinions;

import cn.silian.shared.PersonName;
import cn.silian.stations.ReceptionCategory;

import java.time.Instant;
import java.util.List;

/**
 * An opinion's page. {@code contactPhone} is masked for everyone; {@code sourceRoute} is the app
 * route of what it came from (a station, a meeting, a group), or {@code null}. {@code merged}
 * are the duplicates merged into this one, which stay visible under it.
 */
public record OpinionDetails(long id, String content, ReceptionCategory category, long streetId, String streetName,
                             String community, OpinionSource source, Long sourceId, String sourceRoute, Long stationId,
                             String heardBy, PersonName recordedBy, String contactName, String contactPhone,
                             OpinionState state, Long mergedInto, String resolution, Long forwardedUnitId,
                             Instant forwardedAt, String unitAnswer, Instant unitAnsweredAt, PersonName unitAnsweredBy,
                             boolean answeredForUnit, Long suggestionId, String publicAnswer, boolean hasReceipt,
                             Instant createdAt, Instant closedAt, List<OpinionRow> merged, long version,
                             OpinionRights rights) {
}
