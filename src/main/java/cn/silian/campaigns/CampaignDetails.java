package cn.silian.campaigns;

import java.time.Instant;
import java.util.List;

/** One campaign as its page shows it, with the version it was read at. */
public record CampaignDetails(CampaignSummary summary, String description, List<StreetTarget> targets,
                              String summaryText, Instant closedAt, long version, boolean mayEdit, boolean mayTag) {

    public long id() {
        return summary.id();
    }

    public CampaignStatus status() {
        return summary.status();
    }
}
