package cn.silian.meetings.ui;

import cn.silian.TestUsers;
import cn.silian.meetings.AgendaLine;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDetails;
import cn.silian.meetings.MeetingDraft;
import cn.silian.meetings.MeetingFilter;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingStatus;
import cn.silian.meetings.MeetingsTestData;
import cn.silian.meetings.Rsvp;
import cn.silian.people.Level;
import cn.silian.security.CurrentUser;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.AccessDeniedView;
import cn.silian.shared.ui.NotFoundView;
import cn.silian.stations.StationService;
import cn.silian.topics.GroupService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@Transactional
class MeetingViewsTest extends BrowserlessTestBase {

    @Autowired MeetingService meetings;
    @Autowired InvitationService invitations;
    @Autowired StationService stations;
    @Autowired GroupService groups;
    @Autowired CurrentUser currentUser;

    long npc;
    LocalDateTime start;

    @BeforeEach
    void fixture() {
        npc = ((SilianUser) accounts.loadUserByUsername("npc")).deputyId();
        start = LocalDateTime.now(Formats.ZONE).plusDays(20).withHour(9).withMinute(0).withSecond(0).withNano(0);
    }

    private long meeting(String title, LocalDateTime from, boolean closed, boolean announce, List<Long> people) {
        return TestUsers.as(accounts, "office", () -> {
            MeetingDraft d = new MeetingDraft();
            d.setTitle(title);
            d.setKind(MeetingKind.JOINT);
            d.setStartsAt(from);
            d.setEndsAt(from.plusHours(2));
            d.setPlace("测试会议室" + title);
            d.setClosed(closed);
            d.setAgenda(List.of(new AgendaLine("通报工作", "主任", 30)));
            long id = meetings.create(d);
            if (!people.isEmpty()) {
                invitations.invite(id, people);
            }
            if (announce) {
                meetings.announce(id, meetings.get(id).version());
            }
            return id;
        });
    }

    @Test
    void theOfficeCreatesAMeetingWithAnAgendaAndSeesItsPage() {
        login("office");
        MeetingEditView form = navigate("meetings/new", MeetingEditView.class);
        test(form.title).setValue("第三季度四级人大代表联席会");
        form.kind.setValue(MeetingKind.JOINT);
        form.startsAt.setValue(start);
        form.endsAt.setValue(start.plusHours(3));
        test(form.place).setValue("区人大常委会第一会议室");
        test(form.agenda.add).click();
        test(form.agenda.rows.getFirst().title).setValue("审议民生实事项目进展");
        test(form.agenda.rows.getFirst().presenter).setValue("王主任");
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        MeetingView page = (MeetingView) getCurrentView();
        assertThat(find(H2.class, page).single().getText()).isEqualTo("第三季度四级人大代表联席会");
        assertThat(find(ListItem.class, page.agenda).all()).extracting(ListItem::getText)
                .containsExactly("审议民生实事项目进展（王主任）");
        assertThat(page.details.summary().status()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(page.announce.isVisible()).isTrue();
    }

    @Test
    void aSaveSomeoneElseMadeWhileTheFormLoadedIsRefusedNotOverwritten() {
        long id = meeting("加载时被改的会", start, false, false, List.of());
        login("office");
        // Someone else saves right after the form has read the meeting; a second read would see his version.
        MeetingService racing = mock(MeetingService.class, AdditionalAnswers.delegatesTo(meetings));
        doAnswer(call -> {
            Object loaded = meetings.edit(id);
            TestUsers.as(accounts, "admin", () -> meetings.update(id, meetings.get(id).version(),
                    MeetingsTestData.draft("他人先存的标题", start, "测试会议室加载时被改的会")));
            return loaded;
        }).when(racing).edit(id);
        MeetingEditView form = new MeetingEditView(racing, stations, groups, currentUser);
        BeforeEnterEvent entering = mock(BeforeEnterEvent.class);
        when(entering.getRouteParameters()).thenReturn(new RouteParameters("id", String.valueOf(id)));
        form.beforeEnter(entering);

        form.title.setValue("过时表单的标题");
        form.save();

        assertThat(meetings.get(id).summary().title()).isEqualTo("他人先存的标题");
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("该记录已被他人修改，未保存任何内容。请重新加载后再试。");
    }

    @Test
    void theMeetingPageNamesItsOrganiserByNameAndRoleNotByLoginName() {
        long id = meeting("组织者显示会", start, false, true, List.of());
        login("office");
        MeetingView view = navigate("meetings/" + id, MeetingView.class);
        String facts = find(DescriptionList.class, view).withClassName("facts").single().getElement().getTextRecursively();
        assertThat(facts).contains("代表工委 王敏（常委会办公室）").doesNotContain("office");
    }

    @Test
    void badInputShowsFieldErrorsAndCreatesNothing() {
        login("office");
        long before = meetings.count(MeetingFilter.none());
        MeetingEditView form = navigate("meetings/new", MeetingEditView.class);
        LocalDateTime past = LocalDateTime.now(Formats.ZONE).minusDays(1).withSecond(0).withNano(0);
        form.startsAt.setValue(past);
        form.endsAt.setValue(past.minusHours(1));
        test(form.place).setValue("会议室");
        test(form.save).click();

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.startsAt.isInvalid()).isTrue();
        assertThat(form.startsAt.getErrorMessage()).isEqualTo("开始时间不能早于现在。");
        assertThat(form.endsAt.isInvalid()).isTrue();
        assertThat(test(find(Notification.class).last()).getText()).contains("必填");
        assertThat(getCurrentView()).isSameAs(form);
        assertThat(meetings.count(MeetingFilter.none())).isEqualTo(before);
    }

    @Test
    void previewingNationalAndProvincialDeputiesCountsThemAndSendingInvitesThem() {
        long id = meeting("联席会邀请测试", start, false, false, List.of());
        login("office");
        MeetingView page = navigate("meetings/" + id, MeetingView.class);
        test(page.invite).click();
        InviteDialog dialog = find(InviteDialog.class).single();
        assertThat(dialog).isSameAs(page.inviteDialog);
        dialog.levels.setValue(Set.of(Level.NATIONAL, Level.PROVINCIAL));
        test(dialog.preview).click();
        int count = dialog.found.count();
        assertThat(count).isPositive();
        assertThat(dialog.summary.getText()).startsWith("共 " + count + " 人");
        assertThat(dialog.names.getText()).isNotBlank();
        assertThat(dialog.send.isEnabled()).isTrue();

        dialog.executor = Runnable::run;
        test(dialog.send).click();
        assertThat(invitations.invitations(id)).hasSize(count);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(find(Notification.class).last()).getText()).contains("已邀请 " + count + " 人");
        MeetingView reloaded = (MeetingView) getCurrentView();
        assertThat(test(reloaded.invited).size()).isEqualTo(count);
    }

    @Test
    void theNewMeetingFormSaysTheRoomIsTakenWithoutTheTitleOfAMeetingTheCallerMayNotOpen() {
        meeting("未公布的人事会", start, true, false, List.of());
        login("street01");
        MeetingEditView form = navigate("meetings/new", MeetingEditView.class);
        form.place.setValue("测试会议室未公布的人事会");
        form.startsAt.setValue(start.plusHours(1));
        form.endsAt.setValue(start.plusHours(3));

        assertThat(form.conflicts.isVisible()).isTrue();
        assertThat(find(ListItem.class, form.conflictList).all()).extracting(ListItem::getText).singleElement()
                .satisfies(text -> assertThat(text).startsWith("会场“测试会议室未公布的人事会”已被占用，")
                        .doesNotContain("人事会”占用").doesNotContain("会议“"));
    }

    @Test
    void theEditFormListsAnInviteeWhoHasAnotherMeetingThen() {
        meeting("先定的会议", start, false, false, List.of(npc));
        long later = meeting("后定的会议", start.plusHours(1), false, false, List.of(npc));
        login("office");
        MeetingEditView form = navigate("meetings/" + later + "/edit", MeetingEditView.class);
        assertThat(form.conflicts.isVisible()).isTrue();
        assertThat(find(ListItem.class, form.conflictList).all()).extracting(ListItem::getText)
                .anySatisfy(text -> assertThat(text).contains("刘海燕").contains("先定的会议"));

        // Moving the meeting past the other one clears the warning: touching is no clash.
        form.startsAt.setValue(start.plusHours(2));
        form.endsAt.setValue(start.plusHours(4));
        assertThat(form.conflicts.isVisible()).isFalse();
    }

    @Test
    void anInvitedDeputyAnswersOnTheMeetingPage() {
        long id = meeting("邀请刘海燕的会议", start, false, true, List.of(npc));
        login("npc");
        MeetingView page = navigate("meetings/" + id, MeetingView.class);
        assertThat(page.invitee.getParent()).isPresent();
        assertThat(page.answer.getText()).contains("未回复");
        assertThat(page.edit.isVisible()).isFalse();
        assertThat(page.sections).isEmpty();
        test(page.attend).click();
        assertThat(page.answer.getText()).isEqualTo("您的回复：参加");
        MeetingDetails seen = meetings.get(id);
        assertThat(seen.rights().invitation().rsvp()).isEqualTo(Rsvp.ACCEPTED);
    }

    @Test
    void aDeputyNotInvitedDoesNotSeeAClosedMeeting() {
        long id = meeting("内部会议", start, true, true, List.of(npc));
        login("deputy");
        navigateTo("meetings/" + id);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        login("npc");
        navigateTo("meetings/" + id);
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
    }

    @Test
    void aDeputyMayNotEditSomeoneElsesMeeting() {
        long id = meeting("公开会议", start, false, true, List.of());
        login("deputy");
        navigateTo("meetings/" + id);
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        navigateTo("meetings/" + id + "/edit");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void theIcsFileOfAMeetingParsesAndCarriesItsTimesInShanghai() throws Exception {
        long id = meeting("日历，导出;测试\\会议", start, false, true, List.of());
        login("office");
        String ics = cn.silian.calendar.Ics.single(meetings.calendarEntry(id), "http://localhost:8080/");
        net.fortuna.ical4j.model.Calendar parsed = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics));
        net.fortuna.ical4j.model.component.VEvent event = parsed.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("日历，导出;测试\\会议");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("meeting-" + id + "@silian");
        assertThat(ics).contains("DTSTART;TZID=Asia/Shanghai:" + start.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }
}
