package cn.silian.performance;

import java.time.LocalDate;

/** What the office enters by hand: a duty the modules do not record (a commendation, a speech). */
public record ManualEntryDraft(Long deputyId, Long dutyId, LocalDate on, Integer points, String title, String reason) {
}
