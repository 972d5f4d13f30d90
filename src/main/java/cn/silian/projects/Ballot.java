package cn.silian.projects;

import cn.silian.shared.BaseEntity;
import cn.silian.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A ballot on a year's livelihood projects (票决): its settings and candidates, changed only while
 * it is a draft, and its way from draft to published. The votes are not part of it: they are
 * written beside it, so that deputies voting at the same time do not collide on its version.
 */
@Entity
@Table(name = "ballot")
class Ballot extends BaseEntity {

    @Column(name = "ballot_year", nullable = false)
    private int year;
    @Column(nullable = false, length = 100)
    private String title;
    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;
    @Column(name = "max_choices", nullable = false)
    private int maxChoices;
    @Column(nullable = false)
    private boolean secret;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private BallotThreshold threshold;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "tie_rule", nullable = false, length = 20)
    private BallotTieRule tieRule;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private BallotState state;
    /** The district term whose deputies vote, fixed when the ballot opens. */
    private Integer term;
    /** How many deputies could vote when the ballot opened: the turnout's base. */
    private Integer eligible;
    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "ballot_candidate", joinColumns = @JoinColumn(name = "ballot_id"))
    @Column(name = "project_id", nullable = false)
    @OrderBy
    private List<Long> candidates = new ArrayList<>();

    protected Ballot() {
    }

    Ballot(BallotDraft draft, String createdBy, Instant createdAt) {
        this.state = BallotState.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        settle(draft);
    }

    void edit(BallotDraft draft) {
        requireState(BallotState.DRAFT);
        if (draft.year() != year && !candidates.isEmpty()) {
            throw new InvalidInputException("year", "ballot.year.has-candidates");
        }
        settle(draft);
    }

    private void settle(BallotDraft draft) {
        this.year = draft.year();
        this.title = draft.title().strip();
        this.sessionDate = draft.sessionDate();
        this.maxChoices = draft.maxChoices();
        this.secret = draft.secret();
        this.threshold = draft.threshold();
        this.tieRule = draft.tieRule();
    }

    void addCandidate(long projectId) {
        requireState(BallotState.DRAFT);
        if (!candidates.contains(projectId)) {
            candidates.add(projectId);
        }
    }

    void removeCandidate(long projectId) {
        requireState(BallotState.DRAFT);
        candidates.remove(projectId);
    }

    void open(int term, int eligible, Instant at) {
        requireState(BallotState.DRAFT);
        if (candidates.size() < 2 || candidates.size() < maxChoices) {
            throw new InvalidInputException("candidates", "ballot.open.too-few", maxChoices, candidates.size());
        }
        this.term = term;
        this.eligible = eligible;
        this.openedAt = at;
        this.state = BallotState.OPEN;
    }

    void close(Instant at) {
        requireState(BallotState.OPEN);
        closedAt = at;
        state = BallotState.CLOSED;
    }

    void publish(Instant at) {
        requireState(BallotState.CLOSED);
        publishedAt = at;
        state = BallotState.PUBLISHED;
    }

    void requireState(BallotState expected) {
        if (state != expected) {
            throw new InvalidInputException(null, "ballot.state.not-" + expected.name());
        }
    }

    int year() { return year; }
    String title() { return title; }
    LocalDate sessionDate() { return sessionDate; }
    int maxChoices() { return maxChoices; }
    boolean secret() { return secret; }
    BallotThreshold threshold() { return threshold; }
    BallotTieRule tieRule() { return tieRule; }
    BallotState state() { return state; }
    Integer term() { return term; }
    Integer eligible() { return eligible; }
    Instant openedAt() { return openedAt; }
    Instant closedAt() { return closedAt; }
    Instant publishedAt() { return publishedAt; }
    List<Long> candidates() { return List.copyOf(candidates); }
}
