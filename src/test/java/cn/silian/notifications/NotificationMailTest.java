package cn.silian.notifications;

import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.security.SystemUser;
import cn.silian.shared.i18n.SilianI18nProvider;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail through an in-process SMTP server. Not transactional: e-mails leave after commit, so
 * these tests commit, and remove what they wrote afterwards. Its own (second) context, with a
 * mail server configured.
 */
@ExtendWith(NotificationMailTest.KeepSecurityStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class NotificationMailTest {

    /**
     * Each Vaadin application context installs its own thread-local security strategy in the
     * global {@link SecurityContextHolder}. This second context would leave its own behind, and
     * tests in the shared context that run afterwards would sign in where their services do not
     * look; so the strategy from before this class is put back after it.
     */
    static class KeepSecurityStrategy implements BeforeAllCallback, AfterAllCallback {
        private SecurityContextHolderStrategy before;

        @Override
        public void beforeAll(ExtensionContext context) {
            before = SecurityContextHolder.getContextHolderStrategy();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    private static final int PORT = freePort();
    private static final String KIND = "mail-test";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.port(PORT)).withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("silian.base-url", () -> "https://silian.example/");
    }

    @Autowired NotificationService notifications;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired @Qualifier("applicationTaskExecutor") ThreadPoolTaskExecutor taskExecutor;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        jdbc.update("delete from notification where kind = ?", KIND);
        jdbc.update("delete from notification_setting where account_id in (?, ?)", user("deputy").accountId(),
                user("npc").accountId());
    }

    private SilianUser user(String username) {
        return (SilianUser) accounts.loadUserByUsername(username);
    }

    private void choose(String username, String email, Delivery delivery, java.util.Locale language) {
        TestUsers.as(accounts, username, () -> notifications.saveSettings(new NotificationSettings(email, delivery, language),
                notifications.settings().version()));
    }

    private static Notice notice(String arg) {
        return new Notice(KIND, "notice.test", List.of(arg), "meetings/12");
    }

    @Test
    void immediateModeSendsOneMailInTheRecipientsLanguageAfterCommit() throws Exception {
        choose("deputy", "chen@example.com", Delivery.IMMEDIATE, SilianI18nProvider.ENGLISH);
        choose("npc", "liu@example.com", Delivery.IMMEDIATE, SilianI18nProvider.CHINESE);
        TestUsers.login(accounts, "office");

        // Inside the transaction nothing leaves; a change rolled back never sends.
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            notifications.notifyDeputies(List.of(user("deputy").deputyId()), notice("rolled back"));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> {
            notifications.notifyDeputies(List.of(user("deputy").deputyId(), user("npc").deputyId()), notice("联席会"));
            assertThat(MAIL.getReceivedMessages()).isEmpty();
        });

        assertThat(MAIL.waitForIncomingEmail(10_000, 2)).isTrue();
        awaitMailJobs();
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage english = to(received, "chen@example.com");
        assertThat(english.getSubject()).isEqualTo("[Silian] Test notice: 联席会");
        assertThat(GreenMailUtil.getBody(english)).isNotBlank();
        assertThat(english.getContent().toString()).contains("Open in Silian: https://silian.example/meetings/12")
                .contains("https://silian.example/inbox");
        MimeMessage chinese = to(received, "liu@example.com");
        assertThat(chinese.getSubject()).isEqualTo("【四联】测试消息：联席会");
        assertThat(chinese.getContent().toString()).contains("在四联中查看：https://silian.example/meetings/12");

        // Marked sent: neither the digest nor the retry sends them again.
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = ? and mail_state = 'PENDING'",
                Integer.class, KIND)).isZero();
        assertThat(SystemUser.call(notifications::sendDigests)).isZero();
        assertThat(SystemUser.call(notifications::retryFailedMails)).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void digestModeSendsOneMailWithEverythingOnce() throws Exception {
        choose("deputy", "chen@example.com", Delivery.DAILY_DIGEST, SilianI18nProvider.CHINESE);
        TestUsers.login(accounts, "office");
        long deputy = user("deputy").deputyId();
        notifications.notifyDeputies(List.of(deputy), notice("第一条"));
        notifications.notifyDeputies(List.of(deputy), notice("第二条"));
        awaitMailJobs();
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        assertThat(SystemUser.call(notifications::sendDigests)).isEqualTo(1);
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("chen@example.com");
        assertThat(received[0].getSubject()).isEqualTo("【四联】2 条新消息");
        assertThat(received[0].getContent().toString()).contains("测试消息：第一条").contains("测试消息：第二条")
                .contains("https://silian.example/meetings/12");

        assertThat(SystemUser.call(notifications::sendDigests)).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void inboxOnlyUsersGetNoMail() throws Exception {
        choose("deputy", "chen@example.com", Delivery.NONE, SilianI18nProvider.CHINESE);
        TestUsers.login(accounts, "office");
        assertThat(notifications.notifyDeputies(List.of(user("deputy").deputyId()), notice("收件箱"))).isEqualTo(1);
        assertThat(SystemUser.call(notifications::sendDigests)).isZero();
        awaitMailJobs();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    /**
     * Waits until the task executor has run every job handed to it. An immediate e-mail is handed
     * over while its transaction commits, so afterwards every e-mail the notices caused has arrived
     * (or never will).
     */
    private void awaitMailJobs() throws InterruptedException {
        ThreadPoolExecutor pool = taskExecutor.getThreadPoolExecutor();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pool.getCompletedTaskCount() < pool.getTaskCount()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("e-mail jobs still running after 10 s");
            }
            Thread.sleep(10);
        }
    }

    private static MimeMessage to(MimeMessage[] messages, String address) throws Exception {
        for (MimeMessage m : messages) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return m;
            }
        }
        throw new AssertionError("no e-mail to " + address);
    }
}
