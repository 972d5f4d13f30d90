package cn.silian.home;

import cn.silian.meetings.ActionRow;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingFilter;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingStatus;
import cn.silian.meetings.MeetingSummary;
import cn.silian.meetings.MinutesService;
import cn.silian.meetings.Rsvp;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.SuggestionService;
import cn.silian.people.DeputyDetails;
import cn.silian.people.DeputyService;
import cn.silian.people.Level;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.stations.DutyService;
import cn.silian.stations.ShiftRow;
import cn.silian.streets.StreetService;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupWorkService;
import cn.silian.topics.MyGroup;
import cn.silian.topics.TaskRow;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import cn.silian.performance.LedgerService;
import cn.silian.performance.PointsQuery;
import cn.silian.performance.PublicationService;
import cn.silian.voters.VotersReportService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.util.Map;
import java.util.stream.Collectors;

/** What is the user's own: his profile, the figures of his scope, and the suggestions waiting for him (a unit: its assignments). */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final int SHIFT_DAYS = 30;
    static final int MEETING_DAYS = 30;
    static final int MEETINGS_SHOWN = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    HomeView(CurrentUser currentUser, DeputyService deputies, StreetService streets, DutyService duty,
             GroupService groups, GroupWorkService work, MeetingService meetings, InvitationService invitations,
             MinutesService minutes, SuggestionService suggestions, OpinionService opinions, PointsQuery points,
             LedgerService ledger, PublicationService publications, VotersReportService voters) {
        addClassName("home-view");
        SilianUser me = currentUser.require();
        add(new H2(getTranslation("home.greeting", me.displayName())));
        add(new Paragraph(getTranslation("home.role", getTranslation(me.roleKey()))));

        if (me.is(Role.UNIT)) {
            // A handling unit sees only what was assigned to it: none of the district's own figures.
            add(SuggestionCards.unitAssignments(this, suggestions));
            return;
        }
        if (me.isOfficeOrAdmin()) {
            add(SuggestionCards.officeFigures(this, suggestions));
            addPointsToAct(ledger, publications);
        }
        if (me.isOfficeOrAdmin() || me.is(Role.STREET_STAFF)) {
            add(SuggestionCards.opinionsToTriage(this, opinions));
        }
        if (me.is(Role.DEPUTY)) {
            add(SuggestionCards.waitingForDeputy(this, suggestions));
            addMeetings(meetings, invitations);
            addActions(minutes.myActions());
            addShifts(duty);
            addMyPoints(me.deputyId(), points, duty, voters);
            addGroups(groups.myGroups());
            addTasks(work.myOpenTasks());
            deputies.mine().ifPresent(this::addProfile);
        }
        String scope = me.is(Role.STREET_STAFF)
                ? streets.find(me.streetId()).map(s -> getTranslation("home.scope.street", s.name())).orElse("")
                : getTranslation("home.scope.district");
        addCounts(scope, deputies.countByLevel(), deputies.countActive());
    }

    /** His meetings of the coming weeks, with his answer, so an open invitation is not forgotten. */
    private void addMeetings(MeetingService meetings, InvitationService invitations) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        MeetingFilter upcoming = MeetingFilter.upcomingMine(today);
        List<MeetingSummary> found = meetings.page(new MeetingFilter(null, null, null, upcoming.from(),
                today.plusDays(MEETING_DAYS), true), PageRequest.of(0, MEETINGS_SHOWN)).getContent();
        Map<Long, Rsvp> answers = invitations.myAnswers(found.stream().map(MeetingSummary::id).toList());
        Section section = new Section();
        section.addClassName("card");
        section.addClassName("my-meetings");
        section.add(new H3(getTranslation("home.meetings", MEETING_DAYS)));
        if (found.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.meetings.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("meetings");
        for (MeetingSummary m : found) {
            ListItem item = new ListItem(new Span(WHEN.format(m.startsAt()) + " "), new Anchor("meetings/" + m.id(), m.title()));
            Rsvp answer = answers.get(m.id());
            if (m.status() == MeetingStatus.CANCELLED) {
                Span cancelled = new Span(getTranslation(m.status().messageKey()));
                cancelled.getElement().getThemeList().add("badge error");
                item.add(new Span(" "), cancelled);
            } else if (answer != null) {
                Span badge = new Span(getTranslation(answer.messageKey()));
                badge.getElement().getThemeList().add(answer == Rsvp.PENDING ? "badge contrast" : "badge");
                item.add(new Span(" "), badge);
            }
            list.add(item);
        }
        section.add(list, new Anchor("meetings/check-in", getTranslation("meeting.check-in.home")));
        add(section);
    }

    /** The follow-up actions the published minutes gave him. */
    private void addActions(List<ActionRow> open) {
        Section section = new Section();
        section.addClassName("card");
        section.addClassName("my-actions");
        section.add(new H3(getTranslation("home.meeting-actions")));
        if (open.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.meeting-actions.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("meeting-actions");
        for (ActionRow a : open) {
            String due = a.dueOn() == null ? getTranslation("common.none") : a.dueOn().toString();
            list.add(new ListItem(new Span(getTranslation("home.meeting-action.line", a.title(), due) + " "),
                    new Anchor("meetings/" + a.meetingId(), a.meetingTitle())));
        }
        section.add(list);
        add(section);
    }

    /**
     * His points of the year against the threshold, and what the year still asks of him: the
     * minimum of reception shifts and his report to the voters.
     */
    private void addMyPoints(Long deputyId, PointsQuery points, DutyService duty, VotersReportService voters) {
        if (deputyId == null) {
            return;
        }
        int year = LocalDate.now(Formats.ZONE).getYear();
        PointsQuery.Standing standing = points.standing(deputyId, year);
        Section section = new Section();
        section.addClassName("card");
        section.addClassName("my-points");
        section.add(new H3(getTranslation("home.points", String.valueOf(year))));
        Paragraph total = new Paragraph(getTranslation(standing.below() ? "home.points.below" : "home.points.above",
                standing.total(), standing.threshold()));
        total.addClassName("points-total");
        section.add(total);
        UnorderedList due = new UnorderedList();
        due.addClassName("points-due");
        DutyService.YearShifts shifts = duty.myYearShifts();
        due.add(new ListItem(shifts.missing() > 0
                ? getTranslation("home.points.shifts-missing", shifts.shifts(), shifts.minimum(), shifts.missing())
                : getTranslation("home.points.shifts-done", shifts.shifts(), shifts.minimum())));
        voters.myDue().ifPresent(d -> due.add(new ListItem(getTranslation("home.points.voters."
                + (d.published() || d.submitted() ? "done" : d.form().name().toLowerCase(java.util.Locale.ROOT)), String.valueOf(d.year())))));
        section.add(due, new Anchor("points", getTranslation("home.points.open")));
        add(section);
    }

    /** For the office: appeals waiting for a decision and deputies below the threshold. */
    private void addPointsToAct(LedgerService ledger, PublicationService publications) {
        int year = LocalDate.now(Formats.ZONE).getYear();
        Section section = new Section();
        section.addClassName("card");
        section.addClassName("points-to-act");
        section.add(new H3(getTranslation("home.points.office")));
        Div tiles = new Div();
        tiles.addClassName("tiles");
        tiles.add(tile(getTranslation("home.points.appeals"), ledger.openAppealCount()),
                tile(getTranslation("home.points.below-threshold", String.valueOf(year)), publications.belowThresholdCount(year)));
        section.add(tiles, new Anchor("points/office", getTranslation("home.points.office.open")));
        add(section);
    }

    /** Upcoming reception shifts: the reminder a deputy sees first. */
    private void addShifts(DutyService duty) {
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        List<ShiftRow> upcoming = duty.myShifts(now, now.plusDays(SHIFT_DAYS));
        Section section = new Section();
        section.addClassName("card");
        section.add(new H3(getTranslation("home.shifts", SHIFT_DAYS)));
        if (upcoming.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.shifts.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("shifts");
        for (ShiftRow s : upcoming) {
            list.add(new ListItem(getTranslation("home.shift.line", s.startsAt().toLocalDate().toString(),
                    s.startsAt().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()),
                    s.startsAt().toLocalTime().toString(), s.endsAt().toLocalTime().toString(), s.stationName())));
        }
        section.add(list, new Anchor("my-duty", getTranslation("home.shifts.open")));
        add(section);
    }

    /** The topic groups he is in: his way into each group's workspace. */
    private void addGroups(List<MyGroup> mine) {
        Section section = new Section();
        section.addClassName("card");
        section.addClassName("my-groups");
        section.add(new H3(getTranslation("home.groups")));
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.groups.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("groups");
        for (MyGroup g : mine) {
            ListItem item = new ListItem(new Anchor("groups/" + g.groupId(), g.groupName()));
            item.add(new Span(" " + getTranslation("home.group.line", g.topicTitle(), g.progress().percent(), g.openTasks())));
            if (g.leader()) {
                Span leader = new Span(getTranslation("group.leader.marker"));
                leader.getElement().getThemeList().add("badge");
                item.add(new Span(" "), leader);
            }
            list.add(item);
        }
        section.add(list, new Anchor("groups", getTranslation("home.groups.open")));
        add(section);
    }

    /** His open tasks in all his groups, soonest due first; overdue ones say so in words. */
    private void addTasks(List<TaskRow> open) {
        Section section = new Section();
        section.addClassName("card");
        section.addClassName("my-tasks");
        section.add(new H3(getTranslation("home.tasks")));
        if (open.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.tasks.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("tasks");
        for (TaskRow t : open) {
            ListItem item = new ListItem(new Span(getTranslation("home.task.line", t.title(), t.dueOn().toString()) + " "),
                    new Anchor("groups/" + t.groupId(), t.groupName()));
            if (t.overdue()) {
                Span overdue = new Span(getTranslation("work.overdue"));
                overdue.getElement().getThemeList().add("badge error");
                item.add(new Span(" "), overdue);
            }
            list.add(item);
        }
        section.add(list);
        add(section);
    }

    private void addProfile(DeputyDetails mine) {
        Section profile = new Section();
        profile.addClassName("card");
        profile.add(new H3(getTranslation("home.profile")));
        String seats = mine.seats().stream()
                .map(s -> getTranslation("deputy.seat.line", getTranslation(s.level().messageKey()), s.term(), s.constituency()))
                .collect(Collectors.joining(getTranslation("list.separator.long")));
        profile.add(line("deputy.seats", seats), line("deputy.street", mine.streetName()),
                line("deputy.employer", (mine.employer() == null ? "" : mine.employer()) + (mine.post() == null ? "" : " " + mine.post())),
                line("deputy.expertise", mine.expertise().stream().map(x -> getTranslation(x.messageKey())).collect(Collectors.joining(getTranslation("list.separator")))));
        Anchor link = new Anchor("deputies/" + mine.id(), getTranslation("home.profile.open"));
        profile.add(link);
        add(profile);
    }

    private Component line(String key, String value) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation("label.pattern", getTranslation(key)));
        label.addClassName("label");
        p.add(label, new Span(value == null || value.isBlank() ? getTranslation("common.none") : value));
        return p;
    }

    private void addCounts(String scope, Map<Level, Long> counts, long total) {
        Section section = new Section();
        section.addClassName("counts");
        section.add(new H3(getTranslation("home.counts", scope)));
        Div tiles = new Div();
        tiles.addClassName("tiles");
        tiles.add(tile(getTranslation("home.counts.people"), total));
        for (Level level : Level.values()) {
            tiles.add(tile(getTranslation(level.messageKey()), counts.getOrDefault(level, 0L)));
        }
        section.add(tiles);
        add(section);
    }

    private Component tile(String label, long value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("tile-number");
        Span text = new Span(label);
        text.addClassName("tile-label");
        Div tile = new Div(number, text);
        tile.addClassName("tile");
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
