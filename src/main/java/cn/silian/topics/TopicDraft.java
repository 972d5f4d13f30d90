package cn.silian.topics;

import cn.silian.people.Expertise;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** What a topic form enters: the office's new topic, a proposal, or an edit. */
public class TopicDraft {
    private int year;
    private String title;
    private String background;
    private String goals;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String leadOffice;
    private Set<Expertise> expertise = EnumSet.noneOf(Expertise.class);

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getLeadOffice() { return leadOffice; }
    public void setLeadOffice(String leadOffice) { this.leadOffice = leadOffice; }
    public Set<Expertise> getExpertise() { return expertise; }
    public void setExpertise(Set<Expertise> expertise) {
        this.expertise = expertise == null || expertise.isEmpty() ? EnumSet.noneOf(Expertise.class) : EnumSet.copyOf(expertise);
    }
}
