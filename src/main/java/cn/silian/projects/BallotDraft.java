package cn.silian.projects;

import java.time.LocalDate;

/** A ballot's settings as the office enters them. */
public record BallotDraft(int year, String title, LocalDate sessionDate, int maxChoices, boolean secret,
                          BallotThreshold threshold, BallotTieRule tieRule) {

    public static final int TITLE_MAX = 100;
}
