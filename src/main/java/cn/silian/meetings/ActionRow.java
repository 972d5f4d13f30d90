package cn.silian.meetings;

import java.time.LocalDate;

public record ActionRow(Long id, Long meetingId, String meetingTitle, String title, Long assigneeId, String assigneeName,
                        LocalDate dueOn, LocalDate doneOn, long version) {
}
