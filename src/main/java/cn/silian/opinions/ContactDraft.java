package cn.silian.opinions;

import java.time.LocalDate;

/** A contact a unit had with the deputy: how, on which day (not in the future), and a note. */
public record ContactDraft(ContactKind kind, LocalDate date, String note) {
}
