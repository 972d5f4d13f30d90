package cn.silian.opinions;

/** How many suggestions in handling are overdue and due soon, among those the caller sees. */
public record DeadlineCounts(long overdue, long dueSoon) {
}
