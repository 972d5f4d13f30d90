package cn.silian.topics;

import java.util.List;
import java.util.Map;

/**
 * The assistant's advice: members per group key in the order of the specs, and the people who
 * matched no free place, for the office to place by hand.
 */
public record GroupingProposal(Map<String, List<ProposedMember>> groups, List<ProposedMember> unplaced) {
}
