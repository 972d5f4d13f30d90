package cn.silian.notifications.ui;

import cn.silian.TestUsers;
import cn.silian.notifications.Delivery;
import cn.silian.notifications.InboxItem;
import cn.silian.notifications.Notice;
import cn.silian.notifications.NotificationService;
import cn.silian.security.SilianUser;
import cn.silian.shared.ui.MainLayout;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class InboxViewTest extends BrowserlessTestBase {

    @Autowired NotificationService notifications;

    private void twoNoticesFor(String username) {
        long account = ((SilianUser) accounts.loadUserByUsername(username)).accountId();
        TestUsers.as(accounts, "office", () -> {
            notifications.notifyAccounts(List.of(account), new Notice("test", "notice.test", List.of("第一条"), "inbox"));
            return notifications.notifyAccounts(List.of(account), new Notice("test", "notice.test", List.of("第二条"), null));
        });
    }

    private Anchor badge() {
        return find(Anchor.class).all().stream().filter(a -> a.hasClassName("inbox-badge")).findFirst().orElseThrow();
    }

    @Test
    void noticesAreListedAndMarkingAllReadUpdatesTheCounts() {
        login("npc");
        TestUsers.as(accounts, "npc", notifications::markAllRead);
        twoNoticesFor("npc");
        InboxView view = navigate(InboxView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);
        InboxItem newest = test(view.grid).getRow(0);
        assertThat(view.text(newest)).isEqualTo("测试消息：第二条");
        assertThat(newest.read()).isFalse();
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("未读");
        assertThat(view.total.getText()).endsWith("2 条未读");
        assertThat(badge().getElement().getAttribute("aria-label")).isEqualTo("收件箱，2 条未读");
        // The older notice links back; the newer has no link.
        Component older = test(view.grid).getCellComponent(1, 2);
        assertThat(older.getChildren().findFirst().orElseThrow()).isInstanceOfSatisfying(Anchor.class, a -> {
            assertThat(a.getHref()).isEqualTo("inbox");
            assertThat(a.getText()).isEqualTo("测试消息：第一条");
        });
        assertThat(older.hasClassName("inbox-item-unread")).isTrue();

        view.unreadOnly.setValue(true);
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.markAllRead).click();
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.total.getText()).endsWith("0 条未读");
        assertThat(view.markAllRead.isEnabled()).isFalse();
        assertThat(badge().getElement().getAttribute("aria-label")).isEqualTo("收件箱，没有未读消息");

        view.unreadOnly.setValue(false);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("已读");
    }

    @Test
    void oneNoticeIsMarkedReadAndUnreadAgain() {
        login("deputy");
        TestUsers.as(accounts, "deputy", notifications::markAllRead);
        twoNoticesFor("deputy");
        InboxView view = navigate(InboxView.class);
        Button toggle = (Button) test(view.grid).getCellComponent(0, 3);
        assertThat(toggle.getElement().getAttribute("aria-label")).isEqualTo("标为已读：测试消息：第二条");
        test(toggle).click();
        assertThat(view.total.getText()).endsWith("1 条未读");
        assertThat(badge().getElement().getAttribute("aria-label")).isEqualTo("收件箱，1 条未读");
        assertThat(test(view.grid).getRow(0).read()).isTrue();
        Button again = (Button) test(view.grid).getCellComponent(0, 3);
        assertThat(again.getText()).isEqualTo("标为未读");
        test(again).click();
        assertThat(view.total.getText()).endsWith("2 条未读");
    }

    @Test
    void theSettingsDialogExplainsABadAddressAndSavesAGoodOne() {
        login("deputy");
        InboxView view = navigate(InboxView.class);
        test(view.settings).click();
        NotificationSettingsDialog dialog = find(NotificationSettingsDialog.class).single();
        dialog.email.setValue("chen at example");
        dialog.delivery.setValue(Delivery.IMMEDIATE);
        test(dialog.save).click();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("请输入有效的电子邮箱地址，例如 name@example.com。");
        assertThat(find(Notification.class).all()).isNotEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(notifications.settings().settings().delivery()).isEqualTo(Delivery.NONE);

        dialog.email.setValue("");
        test(dialog.save).click();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("接收邮件须填写电子邮箱；或选择不接收邮件。");

        dialog.email.setValue("chen@example.com");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications.settings().settings().email()).isEqualTo("chen@example.com");
        assertThat(notifications.settings().settings().delivery()).isEqualTo(Delivery.IMMEDIATE);
    }

    @Test
    void everyRoleHasTheInboxBadgeInTheNavbar() {
        for (String user : List.of("admin", "office", "street01", "deputy")) {
            login(user);
            navigate(InboxView.class);
            assertThat(find(MainLayout.class).single()).isNotNull();
            assertThat(badge().getHref()).isEqualTo("inbox");
            assertThat(badge().getElement().getAttribute("aria-label")).startsWith("收件箱，");
        }
    }
}
