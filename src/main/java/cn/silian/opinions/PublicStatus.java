package cn.silian.opinions;

import java.time.LocalDate;

/**
 * What a visitor sees with his receipt code, and nothing else: the day he sent it, a coarse
 * status (a message key) and the public answer, if any. No names, no contact, no internal notes.
 */
public record PublicStatus(LocalDate sentOn, String statusKey, String publicAnswer) {
}
