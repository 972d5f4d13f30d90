package cn.silian.campaigns;

/** What may be tagged to a campaign: a public opinion, or a meeting (a research visit or a group's meeting). */
public enum ItemKind {
    OPINION, MEETING;

    public String messageKey() {
        return "campaign.item." + name();
    }
}
