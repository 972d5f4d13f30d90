package cn.silian.opinions;

import java.time.Instant;

/** A suggestion waiting for the signed-in deputy, and why. */
public record WaitingItem(long id, String code, String title, SuggestionState state, WaitingReason reason,
                          Instant since) {
}
