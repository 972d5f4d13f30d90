package cn.silian.stations;

import java.time.LocalDateTime;

/** A visit as the log form enters it. */
public record ReceptionDraft(LocalDateTime receivedAt, String visitorName, String visitorPhone,
                             ReceptionCategory category, String concern, String outcome) {
}
