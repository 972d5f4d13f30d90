package cn.silian.notifications;

import cn.silian.SilianSpringTest;
import cn.silian.calendar.CalendarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared test context runs with {@code SILIAN_BASE_URL} empty, as a careless installation would. */
@SilianSpringTest
class MailLinksTest {

    @Autowired NotificationMailer mailer;
    @Autowired CalendarService calendars;

    @Test
    void withAnEmptyBaseUrlTheLinksOfEMailsAndOfCalendarsMadeByJobsAreStillAbsolute() {
        assertThat(mailer.absolute("meetings/12")).isEqualTo("http://localhost:8080/meetings/12");
        assertThat(mailer.absolute("inbox")).startsWith("http://localhost:8080/");
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.resetRequestAttributes();
        try {
            assertThat(calendars.baseUrl()).as("no request in a job").isEqualTo("http://localhost:8080/");
        } finally {
            RequestContextHolder.setRequestAttributes(request);
        }
    }
}
