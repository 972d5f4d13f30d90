package cn.silian.projects;

import java.math.BigDecimal;

/** A project on a ballot, or one of the year's shortlist that could be placed on it. */
public record BallotCandidate(long projectId, String title, String description, BigDecimal estimatedCost) {
}
