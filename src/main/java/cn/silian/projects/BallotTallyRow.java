package cn.silian.projects;

/** An entered tally sheet. */
public record BallotTallyRow(long id, String label, int papers, int invalid) {
}
