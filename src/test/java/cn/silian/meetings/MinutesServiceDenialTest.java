package cn.silian.meetings;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Formats;
import cn.silian.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A meeting's follow-up actions: removed by whoever runs the meeting only, marked done by the assignee too. */
@SilianSpringTest
@Transactional
@Tag("db")
class MinutesServiceDenialTest extends MeetingsTestBase {

    @Autowired MinutesService minutes;

    long meeting;
    long action;

    @BeforeEach
    void aStartedMeetingWithAnActionForTheDeputy() {
        meeting = data.started("待办测试会", Duration.ofMinutes(40), "deputy", "npc");
        action = TestUsers.as(accounts, "office", () -> minutes.addAction(meeting, "走访企业", deputy, LocalDate.now().plusDays(10)));
    }

    private ActionRow theAction() {
        return TestUsers.as(accounts, "office", () -> minutes.actions(meeting)).stream()
                .filter(a -> a.id() == action).findFirst().orElseThrow();
    }

    @Test
    void onlyWhoeverRunsTheMeetingRemovesAnAction() {
        ActionRow before = theAction();

        TestUsers.loginWithoutRoles(accounts, "office");
        assertThatThrownBy(() -> minutes.removeAction(action)).isInstanceOf(AccessDeniedException.class);
        for (String user : List.of("deputy", "npc", "street01")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> minutes.removeAction(action)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.login(accounts, "office");
        assertThatThrownBy(() -> minutes.removeAction(-1)).isInstanceOf(NotFoundException.class);
        assertThat(theAction()).isEqualTo(before);

        minutes.removeAction(action);
        assertThat(minutes.actions(meeting)).extracting(ActionRow::id).doesNotContain(action);
    }

    @Test
    void anActionOfAClosedMeetingIsNotEvenFoundByOutsiders() {
        MeetingDraft d = MeetingsTestData.draft("闭门待办会", MeetingsTestData.now().plusDays(1), "小会议室");
        d.setClosed(true);
        long closed = data.announced(d, "npc");
        data.startedAgo(closed, Duration.ofMinutes(30));
        long npcsAction = TestUsers.as(accounts, "office",
                () -> minutes.addAction(closed, "整理材料", data.deputyId("npc"), null));
        long version = TestUsers.as(accounts, "office", () -> minutes.actions(closed)).getFirst().version();

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> minutes.removeAction(npcsAction)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> minutes.setActionDone(npcsAction, version, true)).isInstanceOf(NotFoundException.class);

        assertThat(TestUsers.as(accounts, "office", () -> minutes.actions(closed))).singleElement().satisfies(a -> {
            assertThat(a.doneOn()).isNull();
            assertThat(a.version()).isEqualTo(version);
        });
    }

    @Test
    void onlyTheAssigneeAndWhoeverRunsTheMeetingMarkAnActionDone() {
        ActionRow before = theAction();

        TestUsers.loginWithoutRoles(accounts, "deputy");
        assertThatThrownBy(() -> minutes.setActionDone(action, before.version(), true)).isInstanceOf(AccessDeniedException.class);
        for (String user : List.of("npc", "street01", "street02")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> minutes.setActionDone(action, before.version(), true)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(theAction()).isEqualTo(before);

        TestUsers.login(accounts, "deputy");
        long done = minutes.setActionDone(action, before.version(), true);
        assertThat(theAction().doneOn()).isEqualTo(LocalDate.now(Formats.ZONE));
        assertThatThrownBy(() -> minutes.setActionDone(action, before.version(), false)).isInstanceOf(ConcurrentEditException.class);

        TestUsers.login(accounts, "office");
        minutes.setActionDone(action, done, false);
        assertThat(theAction().doneOn()).isNull();
    }
}
