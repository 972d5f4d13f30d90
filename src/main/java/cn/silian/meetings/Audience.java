package cn.silian.meetings;

import cn.silian.people.Level;

import java.util.Set;

/**
 * Whom to invite: everybody holding one of {@code levels}, the current members of a topic group,
 * a station's roster, the people living in a street, and single persons; the union of all given.
 */
public record Audience(Set<Level> levels, Long groupId, Long stationId, Long streetId, Set<Long> personIds) {
    public Audience {
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
    }

    public boolean empty() {
        return levels.isEmpty() && groupId == null && stationId == null && streetId == null && personIds.isEmpty();
    }
}
