package cn.silian.topics;

import java.time.LocalDate;

public record MilestoneRow(Long id, String title, LocalDate dueOn, LocalDate doneOn, boolean overdue, long version) {
    public boolean done() {
        return doneOn != null;
    }
}
