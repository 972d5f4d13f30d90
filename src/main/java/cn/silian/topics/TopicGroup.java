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
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** A topic group (课题组): a focus, a leader (组长) and members of any level. */
@Entity
@Table(name = "topic_group")
class TopicGroup extends BaseEntity {

    @Column(name = "topic_id", nullable = false)
    private Long topicId;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(length = 500)
    private String focus;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "topic_group_expertise", joinColumns = @JoinColumn(name = "group_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "expertise", length = 30)
    private Set<Expertise> expertise = new HashSet<>();
    @Column(name = "leader_deputy_id")
    private Long leaderId;
    @Column(name = "open_for_joining", nullable = false)
    private boolean openForJoining;
    @Column(length = 10000)
    private String report;
    @Column(name = "report_updated_at")
    private Instant reportUpdatedAt;
    @Column(name = "report_updated_by", length = 50)
    private String reportUpdatedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TopicGroup() {
    }

    TopicGroup(Long topicId, GroupDraft draft) {
        this.topicId = topicId;
        this.createdAt = Instant.now();
        apply(draft);
    }

    void apply(GroupDraft d) {
        this.name = d.getName().strip();
        this.focus = InputRules.clean(d.getFocus());
        this.expertise.clear();
        this.expertise.addAll(d.getExpertise());
        this.openForJoining = d.isOpenForJoining();
        this.updatedAt = Instant.now();
    }

    void leader(Long deputyId) {
        this.leaderId = deputyId;
        this.updatedAt = Instant.now();
    }

    void report(String text, String by) {
        this.report = InputRules.clean(text);
        this.reportUpdatedAt = Instant.now();
        this.reportUpdatedBy = by;
    }

    GroupDraft toDraft() {
        GroupDraft d = new GroupDraft();
        d.setName(name);
        d.setFocus(focus);
        d.setExpertise(expertise);
        d.setOpenForJoining(openForJoining);
        return d;
    }

    String describe() {
        return "topic=" + topicId + ", name=" + name + ", focus=" + focus + ", expertise=" + expertise()
                + ", leader=" + leaderId + ", open=" + openForJoining;
    }

    Long topicId() { return topicId; }
    String name() { return name; }
    String focus() { return focus; }
    Set<Expertise> expertise() { return new TreeSet<>(expertise); }
    Long leaderId() { return leaderId; }
    boolean openForJoining() { return openForJoining; }
    String report() { return report; }
    Instant reportUpdatedAt() { return reportUpdatedAt; }
    String reportUpdatedBy() { return reportUpdatedBy; }
}
