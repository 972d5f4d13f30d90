package cn.silian.stations;

import cn.silian.shared.PersonName;
import java.time.LocalDateTime;

/** A logged visit; the visitor's phone is always shown masked (the log is read by many, the number is his). */
public record ReceptionRecord(Long id, Long stationId, LocalDateTime receivedAt, String visitorName,
                              String visitorPhone, ReceptionCategory category, String concern, String outcome,
                              PersonName recordedBy) {
}
