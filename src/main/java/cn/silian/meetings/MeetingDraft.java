package cn.silian.meetings;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** What the meeting form enters. Times are wall-clock times in Asia/Shanghai. */
public class MeetingDraft {
    private String title;
    private MeetingKind kind = MeetingKind.JOINT;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private Long stationId;
    private Long groupId;
    private String onlineLink;
    private String description;
    private boolean closed;
    private boolean delegatesAllowed;
    private List<AgendaLine> agenda = new ArrayList<>();

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Long getStationId() { return stationId; }
    public void setStationId(Long stationId) { this.stationId = stationId; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isClosed() { return closed; }
    public void setClosed(boolean closed) { this.closed = closed; }
    public boolean isDelegatesAllowed() { return delegatesAllowed; }
    public void setDelegatesAllowed(boolean delegatesAllowed) { this.delegatesAllowed = delegatesAllowed; }
    public List<AgendaLine> getAgenda() { return agenda; }
    public void setAgenda(List<AgendaLine> agenda) { this.agenda = agenda == null ? new ArrayList<>() : new ArrayList<>(agenda); }
}
