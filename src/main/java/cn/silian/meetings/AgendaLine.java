package cn.silian.meetings;

/** An agenda item as forms enter it and pages show it; {@code minutes} is its planned length. */
public record AgendaLine(String title, String presenter, Integer minutes) {
}
