package cn.silian.performance;

import java.time.Instant;
import java.time.LocalDate;

/** A published period: a quarter (1–4) or the whole year (0). */
public record PublicationRow(long id, int year, int quarter, LocalDate until, Instant publishedAt) {
}
