package cn.silian.meetings;

import cn.silian.security.SystemUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends meeting reminders every few minutes; each meeting is reminded once. */
@Configuration
@EnableScheduling
class MeetingJobs {

    private final MeetingService meetings;

    MeetingJobs(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Scheduled(fixedDelayString = "${silian.meetings.reminder-check:PT5M}", initialDelayString = "PT1M")
    void remind() {
        SystemUser.run(() -> meetings.sendDueReminders(MeetingService.now()));
    }
}
