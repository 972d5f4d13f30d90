package cn.silian.campaigns;

import java.util.List;

/**
 * A campaign's progress as the caller may see it: the office and deputies every street, a street's
 * staff their own; the totals are always the whole campaign's.
 */
public record CampaignProgress(List<StreetProgress> streets, List<GroupProgress> groups, long visits, long opinions,
                               long projects, int streetsMet, int streetsTakingPart, List<CategoryCount> topCategories,
                               List<CampaignProject> projectList) {
}
