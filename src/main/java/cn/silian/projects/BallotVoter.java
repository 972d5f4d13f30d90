package cn.silian.projects;

/** An eligible deputy, by name, as the tally sheet's list offers him. */
public record BallotVoter(long deputyId, String name) {
}
