package cn.silian.campaigns;

import java.time.LocalDate;

/**
 * An opinion or a meeting of a campaign's period, tagged or to be tagged. {@code text} is the
 * opinion's content or the meeting's title; {@code categoryKey} an opinion's category or a
 * meeting's kind, as a message key; {@code streetId} the street it counts for, if known.
 */
public record CampaignItemRow(ItemKind kind, long id, LocalDate day, String text, String categoryKey, Long streetId,
                              String streetName, boolean automatic) {
}
