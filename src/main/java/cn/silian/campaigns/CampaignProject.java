package cn.silian.campaigns;

import java.math.BigDecimal;
import java.util.List;

/** A candidate livelihood project collected in a campaign, as its progress page and exports show it. */
public record CampaignProject(long id, String title, String description, List<Long> streetIds,
                              Long proposerDeputyId, String proposerName, BigDecimal estimatedCost,
                              String unitName, String stateKey, int opinionCount) {
}
