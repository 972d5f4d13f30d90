package cn.silian.opinions;

import java.util.List;

/**
 * Suggestions of one year that say nearly the same, for the office to join for handling (并案).
 * {@code members} in the order of their numbers; {@code pairs} the close pairs that bound them,
 * closest first, each with its score (0..1, 1 = the same text) and the words they share.
 */
public record DuplicateCluster(List<Member> members, List<Pair> pairs, double topScore) {

    public DuplicateCluster {
        members = List.copyOf(members);
        pairs = List.copyOf(pairs);
    }

    /** A suggestion of the cluster; {@code handlingGroupId} set when it is already joined with others. */
    public record Member(long id, String code, String title, String leadName, SuggestionState state,
                         Long handlingGroupId) {
    }

    /** Two close suggestions. */
    public record Pair(long first, long second, double score, List<String> reason) {
        public Pair {
            reason = List.copyOf(reason);
        }
    }

    /** Whether every member is already in the same handling group: nothing left to join. */
    public boolean alreadyJoined() {
        Long group = members.getFirst().handlingGroupId();
        return group != null && members.stream().allMatch(m -> group.equals(m.handlingGroupId()));
    }
}
