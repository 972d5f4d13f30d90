package cn.silian.opinions;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.Period;

/**
 * Deadlines of the suggestion rules ({@code silian.opinions.*}): a unit answers within
 * {@code answerPeriod} of the assignment (3 months, the practice of most provinces), re-handles
 * within {@code rehandlingPeriod}, a co-unit sends its opinion within {@code coUnitPeriod}, a
 * unit may ask to be re-assigned within {@code reassignWindowWorkingDays} working days, and no
 * extension takes the due date beyond {@code maxPeriod} after the assignment. Items due within
 * {@code dueSoon} are flagged; {@code reminderCheck} is how often the reminder job runs.
 */
@ConfigurationProperties("silian.opinions")
public record OpinionsSettings(Period answerPeriod, Period rehandlingPeriod, Period coUnitPeriod,
                               Integer reassignWindowWorkingDays, Period maxPeriod, Period dueSoon,
                               Duration reminderCheck) {
    public OpinionsSettings {
        answerPeriod = answerPeriod == null ? Period.ofMonths(3) : answerPeriod;
        rehandlingPeriod = rehandlingPeriod == null ? Period.ofMonths(1) : rehandlingPeriod;
        coUnitPeriod = coUnitPeriod == null ? Period.ofMonths(1) : coUnitPeriod;
        reassignWindowWorkingDays = reassignWindowWorkingDays == null ? 5 : reassignWindowWorkingDays;
        maxPeriod = maxPeriod == null ? Period.ofMonths(6) : maxPeriod;
        dueSoon = dueSoon == null ? Period.ofDays(14) : dueSoon;
        reminderCheck = reminderCheck == null ? Duration.ofHours(1) : reminderCheck;
    }

    /** The defaults, for tests. */
    public static OpinionsSettings defaults() {
        return new OpinionsSettings(null, null, null, null, null, null, null);
    }
}
