package cn.silian.projects;

import java.time.LocalDate;

/** A ballot in the list. */
public record BallotRow(long id, int year, String title, LocalDate sessionDate, BallotState state, int candidates,
                        int maxChoices) {
}
