package cn.silian.campaigns;

import java.time.LocalDate;
import java.util.List;

/** What other modules may know of a campaign. {@code year} is the year it collects projects for. */
public record CampaignSummary(long id, String theme, int year, LocalDate startsOn, LocalDate endsOn,
                              CampaignStatus status, List<Long> streetIds, List<Long> groupIds) {
}
