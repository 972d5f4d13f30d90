package cn.silian.opinions;

import cn.silian.people.Level;
import cn.silian.stations.ReceptionCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of a year's suggestion register: the confirmed co-signers' names in the order they
 * were invited, the active lead unit and co-units, and the last answer with its rating
 * ({@code answeredAt} {@code null} before the first answer).
 */
public record RegisterEntry(String code, String title, String leadName, Level leadLevel, List<String> cosigners,
                            ReceptionCategory category, SuggestionState state, String leadUnit, List<String> coUnits,
                            LocalDate dueDate, Instant answeredAt, AnswerCategory answer, Satisfaction rating,
                            boolean key, boolean published) {
}
