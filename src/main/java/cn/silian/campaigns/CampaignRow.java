package cn.silian.campaigns;

import java.time.LocalDate;

/** A line of the campaign list. */
public record CampaignRow(long id, String theme, int year, LocalDate startsOn, LocalDate endsOn, CampaignStatus status,
                          int streets) {
}
