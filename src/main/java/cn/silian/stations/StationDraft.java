package cn.silian.stations;

import cn.silian.people.Expertise;

/** What staff enter for a station; a plain bean for the form's Binder. */
public class StationDraft {
    private Long streetId;
    private String code;
    private StationKind kind = StationKind.STATION;
    private String name;
    private Expertise field;
    private String address;
    private String community;
    private String openingHours;
    private String contactName;
    private String contactPhone;
    private Long headDeputyId;
    private Double latitude;
    private Double longitude;
    private boolean active = true;

    public Long getStreetId() { return streetId; }
    public void setStreetId(Long streetId) { this.streetId = streetId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public StationKind getKind() { return kind; }
    public void setKind(StationKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Expertise getField() { return field; }
    public void setField(Expertise field) { this.field = field; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCommunity() { return community; }
    public void setCommunity(String community) { this.community = community; }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public Long getHeadDeputyId() { return headDeputyId; }
    public void setHeadDeputyId(Long headDeputyId) { this.headDeputyId = headDeputyId; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
