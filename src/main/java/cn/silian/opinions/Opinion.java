package cn.silian.opinions;

import cn.silian.shared.BaseEntity;
import cn.silian.shared.InputRules;
import cn.silian.stations.ReceptionCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One public opinion (社情民意) and how it was closed. The state changes only through the methods
 * below, each of which checks that the opinion is still open; the service checks who may call them.
 */
@Entity
@Table(name = "opinion")
class Opinion extends BaseEntity {

    @Column(nullable = false, length = 2000)
    private String content;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReceptionCategory category;
    @Column(name = "street_id", nullable = false)
    private Long streetId;
    @Column(length = 50)
    private String community;
    @Column(name = "station_id")
    private Long stationId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private OpinionSource source;
    @Column(name = "source_id")
    private Long sourceId;
    @Column(name = "source_route", length = 100)
    private String sourceRoute;
    @Column(name = "heard_by")
    private Long heardBy;
    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;
    @Column(name = "contact_name", length = 50)
    private String contactName;
    @Column(name = "contact_phone", length = 20)
    private String contactPhone;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OpinionState state;
    @Column(name = "merged_into")
    private Long mergedInto;
    @Column(length = 2000)
    private String resolution;
    @Column(name = "forwarded_unit_id")
    private Long forwardedUnitId;
    @Column(name = "forwarded_at")
    private Instant forwardedAt;
    @Column(name = "forwarded_by", length = 50)
    private String forwardedBy;
    @Column(name = "unit_answer", length = 2000)
    private String unitAnswer;
    @Column(name = "unit_answered_at")
    private Instant unitAnsweredAt;
    @Column(name = "unit_answered_by", length = 50)
    private String unitAnsweredBy;
    @Column(name = "answered_for_unit", nullable = false)
    private boolean answeredForUnit;
    @Column(name = "suggestion_id")
    private Long suggestionId;
    @Column(name = "receipt_code", length = 10)
    private String receiptCode;
    @Column(name = "public_answer", length = 2000)
    private String publicAnswer;
    @Column(name = "client_hash", length = 64)
    private String clientHash;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by", length = 50)
    private String closedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Opinion() {
    }

    Opinion(OpinionDraft d, OpinionSource source, Long sourceId, String sourceRoute, Long stationId, String recordedBy) {
        this.content = d.content().strip();
        this.category = d.category();
        this.streetId = d.streetId();
        this.community = InputRules.clean(d.community());
        this.stationId = stationId;
        this.source = source;
        this.sourceId = sourceId;
        this.sourceRoute = sourceRoute;
        this.heardBy = d.heardBy();
        this.recordedBy = recordedBy;
        this.contactName = InputRules.clean(d.contactName());
        this.contactPhone = InputRules.clean(d.contactPhone());
        this.state = OpinionState.NEW;
        this.createdAt = OpinionsClock.now();
        this.updatedAt = createdAt;
    }

    /** A public intake's opinion: the receipt code and the hashed client address come with it. */
    static Opinion fromPublic(OpinionDraft d, long stationId, String receiptCode, String clientHash) {
        Opinion o = new Opinion(d, OpinionSource.PUBLIC, stationId, "stations/" + stationId, stationId, "public");
        o.receiptCode = receiptCode;
        o.clientHash = clientHash;
        return o;
    }

    void classify(ReceptionCategory category, String community) {
        this.category = category;
        this.community = InputRules.clean(community);
        if (state == OpinionState.NEW) {
            state = OpinionState.CLASSIFIED;
        }
        touch();
    }

    void mergeInto(long keptId, String by) {
        this.state = OpinionState.MERGED;
        this.mergedInto = keptId;
        close(by);
    }

    void resolveOnSpot(String resolution, String publicAnswer, String by) {
        this.state = OpinionState.RESOLVED_ON_SPOT;
        this.resolution = resolution.strip();
        this.publicAnswer = InputRules.clean(publicAnswer);
        close(by);
    }

    void forward(long unitId, String by) {
        this.state = OpinionState.FORWARDED;
        this.forwardedUnitId = unitId;
        this.forwardedAt = OpinionsClock.now();
        this.forwardedBy = by;
        touch();
    }

    void answerForUnit(String answer, String publicAnswer, String by, boolean onBehalf) {
        this.state = OpinionState.ANSWERED_BY_UNIT;
        this.unitAnswer = answer.strip();
        this.unitAnsweredAt = OpinionsClock.now();
        this.unitAnsweredBy = by;
        this.answeredForUnit = onBehalf;
        this.publicAnswer = InputRules.clean(publicAnswer);
        close(by);
    }

    void takeIntoSuggestion(long suggestionId, String by) {
        this.state = OpinionState.IN_SUGGESTION;
        this.suggestionId = suggestionId;
        close(by);
    }

    void setPublicAnswer(String publicAnswer) {
        this.publicAnswer = InputRules.clean(publicAnswer);
        touch();
    }

    private void close(String by) {
        this.closedAt = OpinionsClock.now();
        this.closedBy = by;
        touch();
    }

    private void touch() {
        this.updatedAt = OpinionsClock.now();
    }

    /** The fields worth an audit line, as the code names them. */
    String describe() {
        return "state=" + state + ", category=" + category + ", streetId=" + streetId
                + (mergedInto == null ? "" : ", mergedInto=" + mergedInto)
                + (forwardedUnitId == null ? "" : ", unitId=" + forwardedUnitId)
                + (suggestionId == null ? "" : ", suggestionId=" + suggestionId);
    }

    String content() { return content; }
    ReceptionCategory category() { return category; }
    Long streetId() { return streetId; }
    String community() { return community; }
    Long stationId() { return stationId; }
    OpinionSource source() { return source; }
    Long sourceId() { return sourceId; }
    String sourceRoute() { return sourceRoute; }
    Long heardBy() { return heardBy; }
    String recordedBy() { return recordedBy; }
    String contactName() { return contactName; }
    String contactPhone() { return contactPhone; }
    OpinionState state() { return state; }
    Long mergedInto() { return mergedInto; }
    String resolution() { return resolution; }
    Long forwardedUnitId() { return forwardedUnitId; }
    Instant forwardedAt() { return forwardedAt; }
    String forwardedBy() { return forwardedBy; }
    String unitAnswer() { return unitAnswer; }
    Instant unitAnsweredAt() { return unitAnsweredAt; }
    String unitAnsweredBy() { return unitAnsweredBy; }
    boolean answeredForUnit() { return answeredForUnit; }
    Long suggestionId() { return suggestionId; }
    String receiptCode() { return receiptCode; }
    String publicAnswer() { return publicAnswer; }
    Instant closedAt() { return closedAt; }
    String clientHash() { return clientHash; }
    String closedBy() { return closedBy; }
    Instant createdAt() { return createdAt; }
}
