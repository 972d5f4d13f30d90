package cn.silian.projects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The votes beside a ballot: who voted and through which channel, the electronic papers and the
 * paper tally sheets, written and counted in plain SQL. The count groups in the database, so the
 * order the votes came in cannot matter.
 */
@Component
class BallotStore {

    static final String ELECTRONIC = "ELECTRONIC";
    static final String PAPER = "PAPER";

    private final JdbcTemplate jdbc;

    BallotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean voted(long ballotId, long deputyId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM ballot_voter WHERE ballot_id = ? AND deputy_id = ?",
                Integer.class, ballotId, deputyId);
        return n != null && n > 0;
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when the deputy has voted already. */
    void addVoter(long ballotId, long deputyId, String channel, Long tallyId) {
        jdbc.update("INSERT INTO ballot_voter (ballot_id, deputy_id, channel, tally_id) VALUES (?, ?, ?, ?)",
                ballotId, deputyId, channel, tallyId);
    }

    /**
     * One electronic paper. Its id is random, it carries no time, and the deputy only when
     * {@code deputyId} is given (an open ballot): a secret paper cannot be traced to its voter.
     */
    void addPaper(long ballotId, Long deputyId, List<Long> choices) {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO ballot_paper (id, ballot_id, deputy_id) VALUES (?, ?, ?)", id, ballotId, deputyId);
        for (long project : choices) {
            jdbc.update("INSERT INTO ballot_paper_choice (paper_id, project_id) VALUES (?, ?)", id, project);
        }
    }

    long addTally(long ballotId, String label, int papers, int invalid, String by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO ballot_tally (ballot_id, label, papers, invalid, entered_by, entered_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", new String[]{"id"});
            ps.setLong(1, ballotId);
            ps.setString(2, label);
            ps.setInt(3, papers);
            ps.setInt(4, invalid);
            ps.setString(5, by);
            ps.setTimestamp(6, Timestamp.from(at));
            return ps;
        }, key);
        return java.util.Objects.requireNonNull(key.getKey()).longValue();
    }

    void addTallyCount(long tallyId, long projectId, int votes) {
        jdbc.update("INSERT INTO ballot_tally_count (tally_id, project_id, votes) VALUES (?, ?, ?)", tallyId, projectId, votes);
    }

    boolean tallyOf(long ballotId, long tallyId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM ballot_tally WHERE id = ? AND ballot_id = ?", Integer.class,
                tallyId, ballotId);
        return n != null && n > 0;
    }

    void deleteTally(long tallyId) {
        jdbc.update("DELETE FROM ballot_voter WHERE tally_id = ?", tallyId);
        jdbc.update("DELETE FROM ballot_tally_count WHERE tally_id = ?", tallyId);
        jdbc.update("DELETE FROM ballot_tally WHERE id = ?", tallyId);
    }

    List<BallotTallyRow> tallies(long ballotId) {
        return jdbc.query("SELECT id, label, papers, invalid FROM ballot_tally WHERE ballot_id = ? ORDER BY id",
                (rs, i) -> new BallotTallyRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), ballotId);
    }

    /** Votes per candidate: the electronic papers' choices and the tally sheets' counts together. */
    Map<Long, Long> votes(long ballotId) {
        Map<Long, Long> votes = new HashMap<>();
        jdbc.query("""
                SELECT project_id, SUM(n) FROM (
                    SELECT c.project_id, COUNT(*) AS n FROM ballot_paper_choice c
                    JOIN ballot_paper p ON p.id = c.paper_id WHERE p.ballot_id = ? GROUP BY c.project_id
                    UNION ALL
                    SELECT tc.project_id, SUM(tc.votes) AS n FROM ballot_tally_count tc
                    JOIN ballot_tally t ON t.id = tc.tally_id WHERE t.ballot_id = ? GROUP BY tc.project_id
                ) x GROUP BY project_id""", rs -> {
            votes.put(rs.getLong(1), rs.getLong(2));
        }, ballotId, ballotId);
        return votes;
    }

    /** Ballots cast by channel. */
    Map<String, Long> cast(long ballotId) {
        Map<String, Long> cast = new HashMap<>(Map.of(ELECTRONIC, 0L, PAPER, 0L));
        jdbc.query("SELECT channel, COUNT(*) FROM ballot_voter WHERE ballot_id = ? GROUP BY channel",
                rs -> {
                    cast.put(rs.getString(1), rs.getLong(2));
                }, ballotId);
        return cast;
    }

    long invalid(long ballotId) {
        Long n = jdbc.queryForObject("SELECT COALESCE(SUM(invalid), 0) FROM ballot_tally WHERE ballot_id = ?", Long.class,
                ballotId);
        return n == null ? 0 : n;
    }

    /** The deputies who voted, for the tests and the office's list: never their choices. */
    List<Long> voters(long ballotId) {
        return new ArrayList<>(jdbc.queryForList("SELECT deputy_id FROM ballot_voter WHERE ballot_id = ? ORDER BY deputy_id",
                Long.class, ballotId));
    }
}
