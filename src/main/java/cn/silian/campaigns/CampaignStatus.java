package cn.silian.campaigns;

/** A campaign is prepared, then open for its period, then closed with its summary. */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED;

    public String messageKey() {
        return "campaign.status." + name();
    }
}
