/**
 * Calendars: a person's meetings and reception duty in one month, week or agenda view, as
 * iCalendar (.ics) files, and as a personal subscription feed that calendar clients read by
 * URL with a secret, revocable token. Other modules put entries in by implementing
 * {@link cn.silian.calendar.CalendarSource}; this module depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
package cn.silian.calendar;
