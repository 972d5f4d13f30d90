package cn.silian.opinions;

import cn.silian.people.Level;
import cn.silian.stations.ReceptionCategory;

/**
 * What a suggestion list is narrowed to; every field may be {@code null} (or false): no
 * narrowing. {@code level} is the lead deputy's; {@code street} one of the followed streets;
 * {@code unitId} any assignment (lead or co); {@code text} in title, body or the number
 * ({@code 2026-015}). The caller's visibility always applies on top.
 */
public record SuggestionFilter(SuggestionState state, Integer year, ReceptionCategory category, Long unitId,
                               Level level, Long streetId, boolean overdue, boolean key, String text) {

    public static SuggestionFilter all() {
        return new SuggestionFilter(null, null, null, null, null, null, false, false, null);
    }

    public SuggestionFilter withState(SuggestionState s) {
        return new SuggestionFilter(s, year, category, unitId, level, streetId, overdue, key, text);
    }

    public SuggestionFilter withYear(Integer y) {
        return new SuggestionFilter(state, y, category, unitId, level, streetId, overdue, key, text);
    }

    public SuggestionFilter withUnit(Long u) {
        return new SuggestionFilter(state, year, category, u, level, streetId, overdue, key, text);
    }

    public SuggestionFilter withText(String t) {
        return new SuggestionFilter(state, year, category, unitId, level, streetId, overdue, key, t);
    }

    public SuggestionFilter onlyOverdue() {
        return new SuggestionFilter(state, year, category, unitId, level, streetId, true, key, text);
    }

    public SuggestionFilter onlyKey() {
        return new SuggestionFilter(state, year, category, unitId, level, streetId, overdue, true, text);
    }
}
