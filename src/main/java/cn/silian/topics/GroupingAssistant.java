package cn.silian.topics;

import cn.silian.people.Expertise;
import cn.silian.people.Level;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 分类编组: proposes members for the groups of a research topic from a pool of candidates,
 * matching expertise and mixing levels and streets. Only advice — the office reviews and
 * adjusts the proposal before saving it, which is why every placement carries the score that
 * won it and the same input always gives the same proposal.
 */
public final class GroupingAssistant {

    static final int PER_SHARED_TAG = 10;
    static final int PER_MEMBER_OF_SAME_LEVEL = 3;
    static final int PER_MEMBER_FROM_SAME_STREET = 2;

    private GroupingAssistant() {
    }

    /**
     * A person who may join a group. {@code null} levels or expertise count as none recorded;
     * a {@code null} street is unknown and so never counts as the same street as anyone's.
     */
    public record Candidate(Long id, Set<Level> levels, Long streetId, Set<Expertise> expertise) {
        public Candidate {
            levels = copy(levels, Level.class, "levels");
            expertise = copy(expertise, Expertise.class, "expertise");
        }

        /** The most senior seat the candidate holds, or {@code null} when none is recorded. */
        public Level highestLevel() {
            // Enum order runs from NATIONAL down to STREET, so the first is the most senior.
            return levels.isEmpty() ? null : levels.iterator().next();
        }
    }

    /** A group the office wants: an empty {@code focus} accepts anyone. */
    public record GroupSpec(String key, Set<Expertise> focus, int size) {
        public GroupSpec {
            if (focus != null) {
                focus = copy(focus, Expertise.class, "focus");
            }
        }
    }

    /** {@code score} is the score the candidate had for the group when placed, to explain the choice. */
    public record Placement(Long candidateId, String groupKey, int score) {
    }

    /**
     * {@code members} has every group key, in the order of the groups given, each with its
     * members in the order placed; {@code unplaced} keeps the order of the candidates given.
     */
    public record Proposal(Map<String, List<Placement>> members, List<Long> unplaced) {
    }

    /**
     * Fills the groups greedily: of all pairs of a group with a free place and an unplaced
     * candidate sharing a tag with its focus, the pair with the highest score is placed, until
     * no pair is left. The score is 10 per shared tag, less 3 per member already holding the
     * candidate's highest level and 2 per member already from the candidate's street. Ties go
     * to the group with the fewest members, then to the earlier group, then to the earlier
     * candidate.
     *
     * @throws IllegalArgumentException on {@code null} lists, elements, keys, ids or focus, a
     *                                  negative size, or duplicate group keys or candidate ids
     */
    public static Proposal propose(List<GroupSpec> groups, List<Candidate> candidates) {
        validate(groups, candidates);
        List<Forming> forming = groups.stream().map(Forming::new).toList();
        boolean[] placed = new boolean[candidates.size()];

        while (true) {
            Forming bestGroup = null;
            int bestCandidate = -1;
            int bestScore = Integer.MIN_VALUE;
            // Strict comparisons below keep the earlier group and candidate on equal terms,
            // so only score and group fill need explicit tie-breaking.
            for (Forming group : forming) {
                if (group.isFull()) {
                    continue;
                }
                for (int i = 0; i < candidates.size(); i++) {
                    Candidate candidate = candidates.get(i);
                    if (placed[i] || !group.accepts(candidate)) {
                        continue;
                    }
                    int score = group.score(candidate);
                    if (score > bestScore
                            || score == bestScore && group.members.size() < bestGroup.members.size()) {
                        bestGroup = group;
                        bestCandidate = i;
                        bestScore = score;
                    }
                }
            }
            if (bestGroup == null) {
                break;
            }
            placed[bestCandidate] = true;
            bestGroup.add(candidates.get(bestCandidate), bestScore);
        }

        Map<String, List<Placement>> members = new LinkedHashMap<>();
        for (Forming group : forming) {
            members.put(group.spec.key(), List.copyOf(group.members));
        }
        List<Long> unplaced = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!placed[i]) {
                unplaced.add(candidates.get(i).id());
            }
        }
        return new Proposal(Collections.unmodifiableMap(members), List.copyOf(unplaced));
    }

    /**
     * How many members hold each level as their highest, ordered from NATIONAL to STREET;
     * levels nobody holds are left out, and so are members with no level recorded.
     *
     * @throws IllegalArgumentException on {@code null} arguments or a member not in {@code byId}
     */
    public static Map<Level, Long> levelMix(List<Placement> members, Map<Long, Candidate> byId) {
        if (members == null || byId == null) {
            throw new IllegalArgumentException("Members and candidates are required");
        }
        Map<Level, Long> mix = new EnumMap<>(Level.class);
        for (Placement member : members) {
            if (member == null) {
                throw new IllegalArgumentException("A member is null");
            }
            Candidate candidate = byId.get(member.candidateId());
            if (candidate == null) {
                throw new IllegalArgumentException("Unknown candidate " + member.candidateId());
            }
            Level level = candidate.highestLevel();
            if (level != null) {
                mix.merge(level, 1L, Long::sum);
            }
        }
        return Collections.unmodifiableMap(mix);
    }

    private static void validate(List<GroupSpec> groups, List<Candidate> candidates) {
        if (groups == null || candidates == null) {
            throw new IllegalArgumentException("Groups and candidates are required");
        }
        Set<String> keys = new HashSet<>();
        for (GroupSpec group : groups) {
            if (group == null || group.key() == null) {
                throw new IllegalArgumentException("A group without key cannot be filled");
            }
            // A null focus is more likely a slip than a wish to accept anyone, so it is refused.
            if (group.focus() == null) {
                throw new IllegalArgumentException("Group " + group.key() + " has no focus; use an empty set to accept anyone");
            }
            if (group.size() < 0) {
                throw new IllegalArgumentException("Group " + group.key() + " has a negative size");
            }
            if (!keys.add(group.key())) {
                throw new IllegalArgumentException("Two groups share the key " + group.key());
            }
        }
        Set<Long> ids = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (candidate == null || candidate.id() == null) {
                throw new IllegalArgumentException("A candidate without id cannot be placed");
            }
            if (!ids.add(candidate.id())) {
                throw new IllegalArgumentException("Two candidates share the id " + candidate.id());
            }
        }
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type, String name) {
        if (values == null) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        if (values.stream().anyMatch(v -> v == null)) {
            throw new IllegalArgumentException(name + " contains null");
        }
        // An EnumSet iterates in declaration order, which highestLevel relies on.
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    /** A group while it is being filled; counts are kept up to date so scoring stays cheap. */
    private static final class Forming {
        final GroupSpec spec;
        final List<Placement> members = new ArrayList<>();
        final Map<Level, Integer> levels = new EnumMap<>(Level.class);
        final Map<Long, Integer> streets = new HashMap<>();

        Forming(GroupSpec spec) {
            this.spec = spec;
        }

        boolean isFull() {
            return members.size() >= spec.size();
        }

        boolean accepts(Candidate candidate) {
            return spec.focus().isEmpty() || shared(candidate) > 0;
        }

        int score(Candidate candidate) {
            Level level = candidate.highestLevel();
            int sameLevel = level == null ? 0 : levels.getOrDefault(level, 0);
            int sameStreet = candidate.streetId() == null ? 0 : streets.getOrDefault(candidate.streetId(), 0);
            return PER_SHARED_TAG * shared(candidate)
                    - PER_MEMBER_OF_SAME_LEVEL * sameLevel
                    - PER_MEMBER_FROM_SAME_STREET * sameStreet;
        }

        void add(Candidate candidate, int score) {
            members.add(new Placement(candidate.id(), spec.key(), score));
            if (candidate.highestLevel() != null) {
                levels.merge(candidate.highestLevel(), 1, Integer::sum);
            }
            if (candidate.streetId() != null) {
                streets.merge(candidate.streetId(), 1, Integer::sum);
            }
        }

        private int shared(Candidate candidate) {
            int shared = 0;
            for (Expertise tag : candidate.expertise()) {
                if (spec.focus().contains(tag)) {
                    shared++;
                }
            }
            return shared;
        }
    }
}
