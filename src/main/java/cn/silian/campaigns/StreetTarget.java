package cn.silian.campaigns;

/** A street taking part in a campaign: its target of research visits and, if set, of opinions. */
public record StreetTarget(long streetId, int visitTarget, Integer opinionTarget) {
}
