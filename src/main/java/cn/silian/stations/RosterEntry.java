package cn.silian.stations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** One person's membership of one station, current or past (编入家站点). */
@Entity
@Table(name = "roster_entry")
class RosterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "station_id", nullable = false)
    private Long stationId;
    @Column(name = "deputy_id", nullable = false)
    private Long deputyId;
    @Column(nullable = false)
    private boolean home;
    /** The person's id while this is his current home: a unique column, so one home a person. */
    @Column(name = "home_key")
    private Long homeKey;
    /** "station:person" while current: one current membership per station and person. */
    @Column(name = "active_key", length = 41)
    private String activeKey;
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

    protected RosterEntry() {
    }

    RosterEntry(Long stationId, Long deputyId, boolean home, LocalDate joinedOn, String joinedBy) {
        this.stationId = stationId;
        this.deputyId = deputyId;
        this.home = home;
        this.homeKey = home ? deputyId : null;
        this.activeKey = stationId + ":" + deputyId;
        this.joinedOn = joinedOn;
        this.joinedBy = joinedBy;
    }

    void leave(LocalDate on, String by) {
        this.leftOn = on;
        this.leftBy = by;
        this.homeKey = null;
        this.activeKey = null;
    }

    boolean current() {
        return leftOn == null;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    Long stationId() { return stationId; }
    Long deputyId() { return deputyId; }
    boolean home() { return home; }
    LocalDate joinedOn() { return joinedOn; }
    LocalDate leftOn() { return leftOn; }
    String joinedBy() { return joinedBy; }
    String leftBy() { return leftBy; }
}
