package cn.silian.projects;

import java.math.BigDecimal;
import java.util.List;

/**
 * A row of the project list. {@code proposerName} is the deputy's or the street's name, or
 * {@code null} when the office proposed it ({@link ProposerKind#messageKey()} then says so).
 */
public record ProjectRow(long id, int year, String title, List<String> streetNames, BigDecimal estimatedCost,
                         String unitName, ProjectState state, ProposerKind proposerKind, String proposerName) {
}
