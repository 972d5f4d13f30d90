package cn.silian.topics;

import cn.silian.people.Expertise;
import cn.silian.shared.BaseEntity;
import cn.silian.shared.InputRules;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** A research topic (课题) under a year's theme, run as a project by its groups. */
@Entity
@Table(name = "topic")
class Topic extends BaseEntity {

    @Column(name = "topic_year", nullable = false)
    private int year;
    @Column(nullable = false, length = 100)
    private String title;
    @Column(length = 2000)
    private String background;
    @Column(length = 2000)
    private String goals;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "lead_office", length = 100)
    private String leadOffice;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private TopicStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "topic_expertise", joinColumns = @JoinColumn(name = "topic_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "expertise", length = 30)
    private Set<Expertise> expertise = new HashSet<>();
    @Column(name = "proposed_by", nullable = false, length = 50)
    private String proposedBy;
    @Column(name = "proposer_deputy_id")
    private Long proposerDeputyId;
    @Column(name = "proposer_street_id")
    private Long proposerStreetId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Topic() {
    }

    Topic(TopicDraft draft, TopicStatus status, String proposedBy, Long proposerDeputyId, Long proposerStreetId) {
        this.status = status;
        this.proposedBy = proposedBy;
        this.proposerDeputyId = proposerDeputyId;
        this.proposerStreetId = proposerStreetId;
        this.createdAt = Instant.now();
        apply(draft);
    }

    void apply(TopicDraft d) {
        this.year = d.getYear();
        this.title = d.getTitle().strip();
        this.background = InputRules.clean(d.getBackground());
        this.goals = InputRules.clean(d.getGoals());
        this.startsOn = d.getStartsOn();
        this.endsOn = d.getEndsOn();
        this.leadOffice = InputRules.clean(d.getLeadOffice());
        this.expertise.clear();
        this.expertise.addAll(d.getExpertise());
        this.updatedAt = Instant.now();
    }

    void moveTo(TopicStatus next) {
        this.status = next;
        this.updatedAt = Instant.now();
    }

    TopicDraft toDraft() {
        TopicDraft d = new TopicDraft();
        d.setYear(year);
        d.setTitle(title);
        d.setBackground(background);
        d.setGoals(goals);
        d.setStartsOn(startsOn);
        d.setEndsOn(endsOn);
        d.setLeadOffice(leadOffice);
        d.setExpertise(expertise.isEmpty() ? EnumSet.noneOf(Expertise.class) : EnumSet.copyOf(expertise));
        return d;
    }

    String describe() {
        return "year=" + year + ", title=" + title + ", period=" + startsOn + ".." + endsOn + ", status=" + status
                + ", lead=" + leadOffice + ", expertise=" + expertise();
    }

    int year() { return year; }
    String title() { return title; }
    String background() { return background; }
    String goals() { return goals; }
    LocalDate startsOn() { return startsOn; }
    LocalDate endsOn() { return endsOn; }
    String leadOffice() { return leadOffice; }
    TopicStatus status() { return status; }
    Set<Expertise> expertise() { return new TreeSet<>(expertise); }
    String proposedBy() { return proposedBy; }
    Long proposerDeputyId() { return proposerDeputyId; }
    Long proposerStreetId() { return proposerStreetId; }
    Instant createdAt() { return createdAt; }
}
