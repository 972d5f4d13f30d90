package cn.silian.campaigns;

import java.util.List;

/**
 * The candidate projects of a campaign. Implemented by the projects module, which depends on this
 * one; with no implementation (a build without projects) a campaign simply has none.
 */
public interface CampaignProjects {

    /** Every candidate project tagged to the campaign, merged ones excluded. Called with the caller's rights checked by the campaign. */
    List<CampaignProject> projectsOf(long campaignId);
}
