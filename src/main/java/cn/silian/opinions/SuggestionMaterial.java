package cn.silian.opinions;

import cn.silian.stations.ReceptionCategory;

/** An opinion's text and category, for a suggestion drafted from it: no contact, no names. */
public record SuggestionMaterial(long opinionId, String content, ReceptionCategory category, String community) {
}
