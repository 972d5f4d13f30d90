package cn.silian.notifications;

import cn.silian.security.SystemUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily digest and the retry of failed e-mails, run as the system user through the same
 * service as everything else; immediate e-mails go out on Spring's task executor.
 */
@Configuration
@EnableAsync
@EnableScheduling
class NotificationJobs {

    private final NotificationService notifications;

    NotificationJobs(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Scheduled(cron = "${silian.mail.digest-cron:0 0 7 * * *}", zone = "Asia/Shanghai")
    void dailyDigest() {
        SystemUser.run(notifications::sendDigests);
    }

    @Scheduled(fixedDelayString = "${silian.mail.retry-interval:PT15M}", initialDelayString = "${silian.mail.retry-interval:PT15M}")
    void retryFailed() {
        SystemUser.run(notifications::retryFailedMails);
    }
}
