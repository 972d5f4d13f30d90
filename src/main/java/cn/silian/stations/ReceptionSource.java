package cn.silian.stations;

import java.time.LocalDateTime;

/**
 * A logged visit as the opinions module quotes it when a public opinion is made of it. It
 * carries the visitor's phone unmasked because the opinion keeps the contact (and masks it
 * where it is shown); only callers who may read the log get it.
 */
public record ReceptionSource(long id, long stationId, String stationName, long streetId, LocalDateTime receivedAt,
                              ReceptionCategory category, String concern, String visitorName, String visitorPhone) {
}
