package cn.silian.stations;

import cn.silian.people.Expertise;
import cn.silian.shared.BaseEntity;
import cn.silian.shared.InputRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A home, station or point where deputies receive the public; specialist when it has a field. */
@Entity
@Table(name = "station")
class Station extends BaseEntity {

    @Column(name = "street_id", nullable = false)
    private Long streetId;
    @Column(nullable = false, length = 20)
    private String code;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private StationKind kind;
    @Column(nullable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 30)
    private Expertise field;
    @Column(nullable = false, length = 200)
    private String address;
    @Column(length = 50)
    private String community;
    @Column(name = "opening_hours", length = 100)
    private String openingHours;
    @Column(name = "contact_name", length = 50)
    private String contactName;
    @Column(name = "contact_phone", length = 20)
    private String contactPhone;
    @Column(name = "head_deputy_id")
    private Long headDeputyId;
    private Double latitude;
    private Double longitude;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Station() {
    }

    Station(Long streetId, StationDraft draft) {
        this.streetId = streetId;
        this.createdAt = Instant.now();
        apply(draft);
    }

    void apply(StationDraft d) {
        this.code = d.getCode().strip();
        this.kind = d.getKind();
        this.name = d.getName().strip();
        this.field = d.getField();
        this.address = d.getAddress().strip();
        this.community = InputRules.clean(d.getCommunity());
        this.openingHours = InputRules.clean(d.getOpeningHours());
        this.contactName = InputRules.clean(d.getContactName());
        this.contactPhone = InputRules.clean(d.getContactPhone());
        this.headDeputyId = d.getHeadDeputyId();
        this.latitude = d.getLatitude();
        this.longitude = d.getLongitude();
        this.active = d.isActive();
        this.updatedAt = Instant.now();
    }

    StationDraft toDraft() {
        StationDraft d = new StationDraft();
        d.setCode(code);
        d.setKind(kind);
        d.setName(name);
        d.setField(field);
        d.setAddress(address);
        d.setCommunity(community);
        d.setOpeningHours(openingHours);
        d.setContactName(contactName);
        d.setContactPhone(contactPhone);
        d.setHeadDeputyId(headDeputyId);
        d.setLatitude(latitude);
        d.setLongitude(longitude);
        d.setActive(active);
        d.setStreetId(streetId);
        return d;
    }

    boolean specialist() {
        return field != null;
    }

    String describe() {
        return "code=" + code + ", kind=" + kind + ", name=" + name + ", field=" + field + ", street=" + streetId
                + ", address=" + address + ", head=" + headDeputyId + ", active=" + active;
    }

    Long streetId() { return streetId; }
    String code() { return code; }
    StationKind kind() { return kind; }
    String name() { return name; }
    Expertise field() { return field; }
    String address() { return address; }
    String community() { return community; }
    String openingHours() { return openingHours; }
    String contactName() { return contactName; }
    String contactPhone() { return contactPhone; }
    Long headDeputyId() { return headDeputyId; }
    Double latitude() { return latitude; }
    Double longitude() { return longitude; }
    boolean active() { return active; }
}
