package cn.silian.stations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reception duty rules of the district. The practice: every deputy serves at least twice a year,
 * and the plan is made public at least three days ahead.
 */
@ConfigurationProperties("silian.duty")
public record DutySettings(Integer noticeDays, Integer minimumPerYear) {
    public DutySettings {
        noticeDays = noticeDays == null ? 3 : noticeDays;
        minimumPerYear = minimumPerYear == null ? 2 : minimumPerYear;
    }
}
