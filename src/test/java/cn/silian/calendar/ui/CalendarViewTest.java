package cn.silian.calendar.ui;

import cn.silian.TestUsers;
import cn.silian.calendar.CalendarService;
import cn.silian.shared.Formats;
import cn.silian.stations.DutyService;
import cn.silian.stations.ShiftRow;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class CalendarViewTest extends BrowserlessTestBase {

    @Autowired DutyService duty;
    @Autowired CalendarService calendars;

    @Test
    void aDeputySeesHisDutyInTheAgendaAndSwitchesBetweenMonthWeekAndAgenda() {
        ShiftRow next = TestUsers.as(accounts, "deputy", () -> {
            LocalDateTime now = LocalDateTime.now(Formats.ZONE);
            return duty.myShifts(now, now.plusDays(CalendarView.AGENDA_DAYS - 1)).getFirst();
        });
        login("deputy");
        CalendarView view = navigate(CalendarView.class);
        assertThat(view.mode.getValue()).isEqualTo(CalendarView.Mode.MONTH);
        LocalDate today = LocalDate.now(Formats.ZONE);
        assertThat(view.period.getText()).isEqualTo(today.getYear() + "年" + today.getMonthValue() + "月");
        assertThat(find(Div.class, view.body).all()).filteredOn(d -> d.hasClassName("calendar-day")).hasSizeBetween(28, 42)
                .filteredOn(d -> d.hasClassName("today")).singleElement().satisfies(d -> {
                    assertThat(d.getElement().getAttribute("aria-current")).isEqualTo("date");
                    assertThat(d.getElement().getAttribute("aria-label"))
                            .startsWith(today.getMonthValue() + "月" + today.getDayOfMonth() + "日 星期")
                            .contains("（今天），").endsWith(" 项");
                });

        view.mode.setValue(CalendarView.Mode.AGENDA);
        assertThat(view.body.getChildren().findFirst().orElseThrow().hasClassName("calendar-agenda")).isTrue();
        List<Anchor> links = find(Anchor.class, view.body).all();
        assertThat(links).anySatisfy(a -> {
            assertThat(a.getHref()).isEqualTo("my-duty");
            assertThat(a.getElement().getTextRecursively()).contains(next.stationName())
                    .contains(next.startsAt().toLocalTime() + "–" + next.endsAt().toLocalTime());
        });
        String day = next.startsAt().getMonthValue() + "月" + next.startsAt().getDayOfMonth() + "日 "
                + weekday(next.startsAt().toLocalDate()) + (next.startsAt().toLocalDate().equals(today) ? "（今天）" : "") + "，";
        assertThat(find(H4.class, view.body).all()).extracting(H4::getText)
                .anySatisfy(text -> assertThat(text).startsWith(day).endsWith(" 项"));
        assertThat(textOf(view.body)).contains("值班");

        view.mode.setValue(CalendarView.Mode.WEEK);
        assertThat(view.body.getChildren().findFirst().orElseThrow().hasClassName("calendar-week")).isTrue();
        assertThat(find(Div.class, view.body).all()).filteredOn(d -> d.hasClassName("calendar-day")).hasSize(7);
        assertThat(view.period.getText()).contains(" 至 ");
        String week = view.period.getText();
        test(view.next).click();
        assertThat(view.period.getText()).isNotEqualTo(week);
        assertThat(view.next.getElement().getAttribute("aria-label")).isEqualTo("下一周");
        test(view.today).click();
        assertThat(view.period.getText()).isEqualTo(week);

        view.mode.setValue(CalendarView.Mode.MONTH);
        test(view.previous).click();
        LocalDate last = today.minusMonths(1);
        assertThat(view.period.getText()).isEqualTo(last.getYear() + "年" + last.getMonthValue() + "月");
    }

    @Test
    void theSubscriptionOpensFromTheToolbarAndItsUrlIsCopiedToTheClipboard() {
        login("office");
        CalendarView view = navigate(CalendarView.class);
        assertThat(view.subscribe.getParent().orElseThrow().hasClassName("calendar-toolbar")).isTrue();
        assertThat(view.subscribe.getText()).isEqualTo("订阅");
        test(view.subscribe).click();
        assertThat(find(Dialog.class).single()).isSameAs(view.subscription);
        assertThat(view.subscription.isOpened()).isTrue();
        assertThat(view.subscription.getHeaderTitle()).isEqualTo("订阅到日历应用");

        test(view.create).click();
        assertThat(view.url.isVisible()).isTrue();
        assertThat(view.url.isReadOnly()).as("selectable by keyboard, not editable").isTrue();
        assertThat(view.copy.isVisible()).isTrue();
        assertThat(view.copy.getText()).isEqualTo("复制");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        test(view.copy).click();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> {
                    assertThat(js.getInvocation().getExpression()).contains("navigator.clipboard.writeText($0)");
                    assertThat(js.getInvocation().getParameters()).contains(view.url.getValue());
                });
        view.copied(true);
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("订阅地址已复制。");
        view.copied(false);
        assertThat(test(find(Notification.class).last()).getText()).startsWith("无法自动复制");
    }

    @Test
    void subscribingShowsTheUrlOnceAndRevokingHidesIt() {
        login("office");
        CalendarView view = navigate(CalendarView.class);
        test(view.subscribe).click();
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
        assertThat(view.url.isVisible()).isFalse();
        assertThat(view.copy.isVisible()).isFalse();
        assertThat(view.create.isVisible()).isTrue();
        assertThat(view.revoke.isVisible()).isFalse();

        test(view.create).click();
        assertThat(view.url.isVisible()).isTrue();
        assertThat(view.url.isReadOnly()).isTrue();
        assertThat(view.url.getValue()).matches("^https?://.+/calendar/feed/[A-Za-z0-9_-]{43}\\.ics$");
        assertThat(view.revoke.isVisible()).isTrue();
        assertThat(view.renew.isVisible()).isTrue();
        assertThat(view.create.isVisible()).isFalse();
        String first = view.url.getValue();

        // Coming back later: the subscription exists, its URL is no longer known.
        navigate(cn.silian.home.HomeView.class);
        view = navigate(CalendarView.class);
        test(view.subscribe).click();
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
        assertThat(view.url.isVisible()).isFalse();
        assertThat(view.subscriptionState.getText()).contains("更换地址");
        test(view.renew).click();
        assertThat(view.url.isVisible()).isTrue();
        assertThat(view.url.getValue()).isNotEqualTo(first);

        test(view.revoke).click();
        assertThat(view.url.isVisible()).isFalse();
        assertThat(view.url.getValue()).isEmpty();
        assertThat(view.create.isVisible()).isTrue();
        assertThat(calendars.subscribedSince()).isEmpty();
    }

    @Test
    void staffWithoutDutySeeAnEmptyAgenda() {
        login("street01");
        CalendarView view = navigate(CalendarView.class);
        view.mode.setValue(CalendarView.Mode.AGENDA);
        assertThat(textOf(view.body)).contains("这段时间没有会议或值班。");
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }
}
