package cn.silian.opinions;

/**
 * What the caller may do with an opinion: {@code triage} — classify, merge, close it (its
 * street's staff and the office, while it is open); {@code answer} — answer the matter forwarded
 * to a unit (that unit's accounts; the office on the unit's behalf); {@code editPublicAnswer} —
 * correct the answer a visitor sees with his receipt code.
 */
public record OpinionRights(boolean triage, boolean answer, boolean editPublicAnswer) {
}
