package cn.silian.opinions;

import cn.silian.security.SystemUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Reminds units and the office of suggestions due soon and overdue; each assignment is reminded once of each. */
@Configuration
@EnableScheduling
class OpinionJobs {

    private final SuggestionService suggestions;

    OpinionJobs(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Scheduled(fixedDelayString = "${silian.opinions.reminder-check:PT1H}", initialDelayString = "PT5M")
    void remind() {
        SystemUser.run(() -> suggestions.sendDueReminders(OpinionsClock.today()));
    }
}
