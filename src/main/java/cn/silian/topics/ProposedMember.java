package cn.silian.topics;

import cn.silian.people.Expertise;
import cn.silian.people.Level;

import java.util.Set;

/** A person the assistant proposes, with the score that placed him, so the office sees why. */
public record ProposedMember(Long deputyId, String name, Level level, Long streetId, String streetName,
                             Set<Expertise> expertise, int score) {
}
