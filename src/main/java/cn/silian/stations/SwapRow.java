package cn.silian.stations;

import java.time.LocalDateTime;

public record SwapRow(Long id, Long shiftId, LocalDateTime shiftStart, String requesterName, Long replacementId,
                      String replacementName, String reason, SwapStatus status, long version) {
}
