package cn.silian.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What office staff enter for a person; a plain bean so that a form's Binder can edit it. */
public class DeputyDraft {

    private String name;
    private Gender gender;
    private Integer birthYear;
    private String employer;
    private String post;
    private Long streetId;
    private String community;
    private String phone;
    private Double latitude;
    private Double longitude;
    private DeputyStatus status = DeputyStatus.ACTIVE;
    private Set<Expertise> expertise = EnumSet.noneOf(Expertise.class);
    private List<SeatInfo> seats = new ArrayList<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public String getPost() { return post; }
    public void setPost(String post) { this.post = post; }
    public Long getStreetId() { return streetId; }
    public void setStreetId(Long streetId) { this.streetId = streetId; }
    public String getCommunity() { return community; }
    public void setCommunity(String community) { this.community = community; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public DeputyStatus getStatus() { return status; }
    public void setStatus(DeputyStatus status) { this.status = status; }
    public Set<Expertise> getExpertise() { return expertise; }
    public void setExpertise(Set<Expertise> expertise) {
        this.expertise = expertise == null ? EnumSet.noneOf(Expertise.class) : expertise;
    }
    public List<SeatInfo> getSeats() { return seats; }
    public void setSeats(List<SeatInfo> seats) { this.seats = seats == null ? new ArrayList<>() : new ArrayList<>(seats); }
}
