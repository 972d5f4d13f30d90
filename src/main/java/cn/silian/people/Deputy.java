package cn.silian.people;

import cn.silian.shared.BaseEntity;
import cn.silian.shared.InputRules;
import cn.silian.shared.Pinyin;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A person in the directory: a deputy of one or more levels, or a street representative.
 * One person, several seats: a city deputy who is also a district deputy is one record.
 */
@Entity
@Table(name = "deputy")
class Deputy extends BaseEntity {

    @Column(nullable = false, length = 50)
    private String name;
    @Column(name = "name_pinyin", nullable = false, length = 200)
    private String namePinyin;
    @Column(name = "name_initials", nullable = false, length = 50)
    private String nameInitials;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Gender gender;
    @Column(name = "birth_year")
    private Integer birthYear;
    @Column(length = 100)
    private String employer;
    @Column(length = 100)
    private String post;
    @Column(name = "street_id", nullable = false)
    private Long streetId;
    @Column(length = 50)
    private String community;
    @Column(length = 20)
    private String phone;
    private Double latitude;
    private Double longitude;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private DeputyStatus status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "deputy", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Seat> seats = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "deputy_expertise", joinColumns = @JoinColumn(name = "deputy_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "expertise", length = 30)
    private Set<Expertise> expertise = new HashSet<>();

    protected Deputy() {
    }

    Deputy(DeputyDraft draft) {
        this.createdAt = Instant.now();
        apply(draft);
    }

    /** Takes over a validated draft; seats are matched by level so their ids survive an edit. */
    void apply(DeputyDraft draft) {
        this.name = draft.getName().strip();
        this.namePinyin = Pinyin.full(name);
        this.nameInitials = Pinyin.initials(name);
        this.gender = draft.getGender();
        this.birthYear = draft.getBirthYear();
        this.employer = InputRules.clean(draft.getEmployer());
        this.post = InputRules.clean(draft.getPost());
        this.streetId = draft.getStreetId();
        this.community = InputRules.clean(draft.getCommunity());
        this.phone = InputRules.clean(draft.getPhone());
        this.latitude = draft.getLatitude();
        this.longitude = draft.getLongitude();
        this.status = draft.getStatus();
        this.expertise.clear();
        this.expertise.addAll(draft.getExpertise());
        Set<Level> wanted = draft.getSeats().stream().map(SeatInfo::level).collect(Collectors.toSet());
        seats.removeIf(seat -> !wanted.contains(seat.level()));
        for (SeatInfo info : draft.getSeats()) {
            String constituency = InputRules.clean(info.constituency());
            seats.stream().filter(seat -> seat.level() == info.level()).findFirst().ifPresentOrElse(
                    seat -> seat.change(info.term(), constituency),
                    () -> seats.add(new Seat(this, info.level(), info.term(), constituency)));
        }
        this.updatedAt = Instant.now();
    }

    DeputyDraft toDraft() {
        DeputyDraft draft = new DeputyDraft();
        draft.setName(name);
        draft.setGender(gender);
        draft.setBirthYear(birthYear);
        draft.setEmployer(employer);
        draft.setPost(post);
        draft.setStreetId(streetId);
        draft.setCommunity(community);
        draft.setPhone(phone);
        draft.setLatitude(latitude);
        draft.setLongitude(longitude);
        draft.setStatus(status);
        draft.setExpertise(expertise.isEmpty() ? EnumSet.noneOf(Expertise.class) : EnumSet.copyOf(expertise));
        draft.setSeats(seatInfos());
        return draft;
    }

    List<SeatInfo> seatInfos() {
        return seats.stream().map(Seat::toInfo).sorted(Comparator.comparing(SeatInfo::level)).toList();
    }

    Set<Expertise> expertise() {
        return new TreeSet<>(expertise);
    }

    /** For the audit trail. */
    String describe() {
        return "name=" + name + ", gender=" + gender + ", seats=" + seatInfos().stream()
                .map(s -> s.level() + "/" + s.term() + "/" + s.constituency()).toList()
                + ", employer=" + employer + ", post=" + post + ", street=" + streetId
                + ", community=" + community + ", location=" + latitude + "," + longitude
                + ", phone=" + phone + ", status=" + status
                + ", expertise=" + expertise();
    }

    String name() { return name; }
    Gender gender() { return gender; }
    Integer birthYear() { return birthYear; }
    String employer() { return employer; }
    String post() { return post; }
    Long streetId() { return streetId; }
    String community() { return community; }
    String phone() { return phone; }
    Double latitude() { return latitude; }
    Double longitude() { return longitude; }
    DeputyStatus status() { return status; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
