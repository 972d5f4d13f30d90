package cn.silian.campaigns;

/** The campaign list's filter: a year collected for and a status, each optional. */
public record CampaignFilter(Integer year, CampaignStatus status) {

    public static CampaignFilter none() {
        return new CampaignFilter(null, null);
    }
}
