package cn.silian.opinions;

import java.time.Instant;

/**
 * A row of the office's key-suggestion overview: the suggestion's list row, its supervising
 * leader, how often the units logged a contact with the deputy, its last timeline step
 * ({@code null} when it has none) and its last answer with the rating ({@code null} before the
 * first answer).
 */
public record KeyProgress(SuggestionSummary summary, String keyLeader, String keyFollowers, int contacts,
                          SuggestionAction lastStep, Instant lastStepAt, AnswerCategory answer, Satisfaction rating) {
}
