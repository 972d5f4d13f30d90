package cn.silian.notifications;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.security.SystemUser;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@Tag("db")
class NotificationServiceTest {

    @Autowired NotificationService notifications;
    @Autowired NotificationRepository repository;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private SilianUser user(String username) {
        return (SilianUser) accounts.loadUserByUsername(username);
    }

    private static Notice notice(String arg) {
        return new Notice("test", "notice.test", List.of(arg), "inbox");
    }

    private long inboxCount(String username) {
        return TestUsers.as(accounts, username, () -> notifications.count(false));
    }

    private InboxItem newest(String username) {
        return TestUsers.as(accounts, username, () -> notifications.inbox(false, PageRequest.of(0, 1)).getContent().getFirst());
    }

    @Test
    void deputiesWithAnAccountGetTheNoticeAndNobodyElse() {
        long deputy = inboxCount("deputy");
        long npc = inboxCount("npc");
        long office = inboxCount("office");
        long street = inboxCount("street01");

        TestUsers.login(accounts, "street01");
        // A duplicate and an id without an account are ignored.
        int written = notifications.notifyDeputies(List.of(user("deputy").deputyId(), user("npc").deputyId(),
                user("deputy").deputyId(), 987_654_321L), notice("联席会"));

        assertThat(written).isEqualTo(2);
        assertThat(inboxCount("deputy")).isEqualTo(deputy + 1);
        assertThat(inboxCount("npc")).isEqualTo(npc + 1);
        assertThat(inboxCount("office")).isEqualTo(office);
        assertThat(inboxCount("street01")).isEqualTo(street);
        InboxItem item = newest("npc");
        assertThat(item.messageKey()).isEqualTo("notice.test");
        assertThat(item.args()).containsExactly("联席会");
        assertThat(item.link()).isEqualTo("inbox");
        assertThat(item.read()).isFalse();
        assertThat(SilianI18nProvider.translate(item.messageKey(), SilianI18nProvider.CHINESE, item.args().toArray()))
                .isEqualTo("测试消息：联席会");
    }

    @Test
    void argumentsWithAnyCharacterComeBackUnchanged() {
        List<String> args = List.of("a,b;c", "引号\"与\\反斜杠", "\u001f", "");
        TestUsers.login(accounts, "office");
        notifications.notifyAccounts(List.of(user("office").accountId()), new Notice("test", "notice.test", args, null));
        assertThat(newest("office").args()).isEqualTo(args);
    }

    @Test
    void aNoticeLinksOnlyInsideSilian() {
        TestUsers.login(accounts, "office");
        List<Long> me = List.of(user("office").accountId());
        for (String link : Arrays.asList("javascript:alert(1)", "https://evil.example/x", "//evil.example", "/inbox")) {
            assertThatThrownBy(() -> notifications.notifyAccounts(me, new Notice("test", "notice.test", List.of(), link)))
                    .as(link).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aUserNeitherSeesNorMarksAnotherUsersNotices() {
        TestUsers.login(accounts, "office");
        notifications.notifyAccounts(List.of(user("npc").accountId()), notice("npc only"));
        long npcItem = newest("npc").id();

        TestUsers.login(accounts, "deputy");
        assertThat(notifications.inbox(false, PageRequest.of(0, 500)).getContent()).extracting(InboxItem::id)
                .doesNotContain(npcItem);
        assertThatThrownBy(() -> notifications.markRead(npcItem, true)).isInstanceOf(NotFoundException.class);
        notifications.markAllRead();
        assertThat(newest("npc").read()).isFalse();

        TestUsers.logout();
        assertThatThrownBy(() -> notifications.inbox(false, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> SystemUser.call(notifications::unreadCount)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unreadCountFollowsMarking() {
        TestUsers.login(accounts, "deputy");
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        long me = user("deputy").accountId();
        notifications.notifyAccounts(List.of(me), notice("1"));
        notifications.notifyAccounts(List.of(me), notice("2"));
        assertThat(notifications.unreadCount()).isEqualTo(2);
        assertThat(notifications.inbox(true, PageRequest.of(0, 10)).getContent()).hasSize(2);

        long first = notifications.inbox(true, PageRequest.of(0, 10)).getContent().getFirst().id();
        notifications.markRead(first, true);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.count(true)).isEqualTo(1);
        notifications.markRead(first, false);
        assertThat(notifications.unreadCount()).isEqualTo(2);

        assertThat(notifications.markAllRead()).isEqualTo(2);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.inbox(true, PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(notifications.count(false)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badSettingsAreRefusedWithAReasonAndChangeNothing() {
        TestUsers.login(accounts, "deputy");
        SavedSettings initial = notifications.settings();
        assertThat(initial.settings().delivery()).isEqualTo(Delivery.NONE);

        assertProblem(new NotificationSettings("not-an-address", Delivery.IMMEDIATE, SilianI18nProvider.CHINESE),
                "notifications.email.invalid");
        assertProblem(new NotificationSettings("a@b", Delivery.NONE, SilianI18nProvider.CHINESE), "notifications.email.invalid");
        assertProblem(new NotificationSettings("  ", Delivery.DAILY_DIGEST, SilianI18nProvider.CHINESE),
                "notifications.email.required");
        assertProblem(new NotificationSettings("x".repeat(250) + "@example.com", Delivery.IMMEDIATE, SilianI18nProvider.CHINESE),
                "validation.too-long");
        assertThatThrownBy(() -> notifications.saveSettings(new NotificationSettings(null, null, SilianI18nProvider.CHINESE),
                initial.version())).isInstanceOf(InvalidInputException.class);

        assertThat(notifications.settings()).isEqualTo(initial);
    }

    private void assertProblem(NotificationSettings settings, String key) {
        assertThatThrownBy(() -> notifications.saveSettings(settings, notifications.settings().version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("email");
                            assertThat(p.messageKey()).isEqualTo(key);
                        }));
    }

    @Test
    void aStaleVersionIsAConflict() {
        TestUsers.login(accounts, "deputy");
        long never = notifications.settings().version();
        SavedSettings first = notifications.saveSettings(
                new NotificationSettings(" chen@example.com ", Delivery.DAILY_DIGEST, SilianI18nProvider.ENGLISH), never);
        assertThat(first.settings()).isEqualTo(new NotificationSettings("chen@example.com", Delivery.DAILY_DIGEST,
                SilianI18nProvider.ENGLISH));
        assertThat(notifications.settings()).isEqualTo(first);

        // A second window that opened the settings before the first save.
        assertThatThrownBy(() -> notifications.saveSettings(
                new NotificationSettings(null, Delivery.NONE, SilianI18nProvider.CHINESE), never))
                .isInstanceOf(ConcurrentEditException.class);

        SavedSettings second = notifications.saveSettings(
                new NotificationSettings(null, Delivery.NONE, SilianI18nProvider.CHINESE), first.version());
        assertThat(second.version()).isGreaterThan(first.version());
        assertThatThrownBy(() -> notifications.saveSettings(
                new NotificationSettings("chen@example.com", Delivery.IMMEDIATE, SilianI18nProvider.CHINESE), first.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(notifications.settings()).isEqualTo(second);
    }

    @Test
    void withoutAMailServerNoticesStillArriveAndNoMailIsQueued() {
        TestUsers.login(accounts, "deputy");
        notifications.saveSettings(new NotificationSettings("chen@example.com", Delivery.IMMEDIATE, SilianI18nProvider.CHINESE),
                notifications.settings().version());
        long before = notifications.unreadCount();
        assertThat(notifications.notifyDeputies(List.of(user("deputy").deputyId()), notice("no mail"))).isEqualTo(1);
        assertThat(notifications.unreadCount()).isEqualTo(before + 1);
        assertThat(repository.accountsWith(MailState.PENDING)).doesNotContain(user("deputy").accountId());
        assertThat(SystemUser.call(notifications::sendDigests)).isZero();
        assertThat(SystemUser.call(notifications::retryFailedMails)).isZero();
        assertThatThrownBy(notifications::sendDigests).isInstanceOf(AccessDeniedException.class);
    }
}
