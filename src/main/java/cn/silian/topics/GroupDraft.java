package cn.silian.topics;

import cn.silian.people.Expertise;

import java.util.EnumSet;
import java.util.Set;

/** What the group form enters; the leader is set apart, because he must already be a member. */
public class GroupDraft {
    private String name;
    private String focus;
    private Set<Expertise> expertise = EnumSet.noneOf(Expertise.class);
    private boolean openForJoining = true;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFocus() { return focus; }
    public void setFocus(String focus) { this.focus = focus; }
    public Set<Expertise> getExpertise() { return expertise; }
    public void setExpertise(Set<Expertise> expertise) {
        this.expertise = expertise == null || expertise.isEmpty() ? EnumSet.noneOf(Expertise.class) : EnumSet.copyOf(expertise);
    }
    public boolean isOpenForJoining() { return openForJoining; }
    public void setOpenForJoining(boolean openForJoining) { this.openForJoining = openForJoining; }
}
