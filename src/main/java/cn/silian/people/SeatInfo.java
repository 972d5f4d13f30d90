package cn.silian.people;

/** A seat as read models show it, and as forms enter it. */
public record SeatInfo(Level level, int term, String constituency) {
}
