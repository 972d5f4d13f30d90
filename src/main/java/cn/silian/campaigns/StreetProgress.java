package cn.silian.campaigns;

/** A street's figures in a campaign: visits against the target, opinions (and their target), candidate projects. */
public record StreetProgress(long streetId, String streetName, long visits, int visitTarget, long opinions,
                             Integer opinionTarget, long projects) {

    public boolean targetsMet() {
        return visits >= visitTarget && (opinionTarget == null || opinions >= opinionTarget);
    }
}
