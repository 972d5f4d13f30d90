package cn.silian.topics;

import cn.silian.people.Level;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/** One person's membership of one group, current or past. */
@Entity
@Table(name = "group_member")
class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "group_id", nullable = false)
    private Long groupId;
    @Column(name = "deputy_id", nullable = false)
    private Long deputyId;
    @Column(name = "street_id")
    private Long streetId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "member_level", length = 10)
    private Level level;
    /** "group:person" while current, a unique column: one current membership per group and person. */
    @Column(name = "active_key", length = 41)
    private String activeKey;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "joined_how", nullable = false, length = 10)
    private JoinedHow how;
    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Column(name = "joined_by", nullable = false, length = 50)
    private String joinedBy;
    @Column(name = "left_by", length = 50)
    private String leftBy;
    @Version
    private long version;

    protected GroupMember() {
    }

    GroupMember(Long groupId, Long deputyId, Long streetId, Level level, JoinedHow how, LocalDate on, String by) {
        this.groupId = groupId;
        this.deputyId = deputyId;
        this.streetId = streetId;
        this.level = level;
        this.activeKey = groupId + ":" + deputyId;
        this.how = how;
        this.joinedOn = on;
        this.joinedBy = by;
    }

    void leave(LocalDate on, String by) {
        this.leftOn = on;
        this.leftBy = by;
        this.activeKey = null;
    }

    Long id() { return id; }
    Long groupId() { return groupId; }
    Long deputyId() { return deputyId; }
    Long streetId() { return streetId; }
    Level level() { return level; }
    JoinedHow how() { return how; }
    LocalDate joinedOn() { return joinedOn; }
    LocalDate leftOn() { return leftOn; }
    String joinedBy() { return joinedBy; }
    String leftBy() { return leftBy; }
    boolean current() { return leftOn == null; }
}
