package cn.silian.statistics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The counts behind the figures, each one GROUP BY query over other modules' tables, read-only
 * (see package-info). Every query takes the year and the scope; rows come back as
 * {@code [group, count…]}, never as the rows counted.
 */
@Component
class FigureQueries {

    /** Attendance that counts as having attended: on time or late. */
    private static final String ATTENDED = "i.attendance IN ('PRESENT', 'LATE')";
    /** Meetings held or to be held: neither a draft nor cancelled. */
    private static final String MEETING_ON = "m.status NOT IN ('DRAFT', 'CANCELLED')";
    /** A deputy's highest seat as a rank, NATIONAL first: the level a duty shift counts for. */
    static final String LEVEL_RANK = """
            (SELECT MIN(CASE s.level WHEN 'NATIONAL' THEN 1 WHEN 'PROVINCIAL' THEN 2 WHEN 'CITY' THEN 3
                                     WHEN 'DISTRICT' THEN 4 ELSE 5 END) FROM seat s WHERE s.deputy_id = sh.deputy_id)""";
    static final List<String> RANKED_LEVELS = List.of("NATIONAL", "PROVINCIAL", "CITY", "DISTRICT", "STREET");

    /** How participation is grouped: by the deputy's level or by his street. */
    enum By { LEVEL, STREET }

    /** Which column opinions and suggestions are counted by. */
    enum Column { STATE, CATEGORY }

    private final EntityManager em;

    FigureQueries(EntityManager em) {
        this.em = em;
    }

    /** The window of a year: from its first moment to the next year's, and not later than now. */
    record Window(int year, LocalDateTime from, LocalDateTime to, LocalDateTime now, Instant fromInstant,
                  Instant toInstant, LocalDate today) {
    }

    // ---- participation ------------------------------------------------------------------------

    /** [level or street id, invitations of ended meetings, attended] grouped by {@code group}. */
    List<Object[]> attendance(Window w, Scope scope, By group) {
        String by = group == By.LEVEL ? "i.member_level" : "i.street_id";
        return rows(query("SELECT " + by + ", COUNT(*), SUM(CASE WHEN " + ATTENDED + " THEN 1 ELSE 0 END)"
                + " FROM invitation i JOIN meeting m ON m.id = i.meeting_id"
                + " WHERE " + MEETING_ON + " AND m.ends_at >= :from AND m.ends_at < :to AND m.ends_at < :now"
                + scoped(scope, "i.street_id", "i.deputy_id")
                + " GROUP BY " + by, w, scope));
    }

    /**
     * [level rank or street id, past shifts of published plans with a deputy, served] grouped by
     * the deputy's highest level ({@link #LEVEL_RANK}) or his street.
     */
    List<Object[]> shifts(Window w, Scope scope, By group) {
        String by = group == By.LEVEL ? LEVEL_RANK : "d.street_id";
        return rows(query("SELECT g, COUNT(*), SUM(served) FROM (SELECT " + by + " AS g,"
                + " CASE WHEN sh.served_at IS NULL THEN 0 ELSE 1 END AS served"
                + " FROM duty_shift sh JOIN duty_plan p ON p.id = sh.plan_id JOIN deputy d ON d.id = sh.deputy_id"
                + " WHERE p.status = 'PUBLISHED' AND sh.ends_at >= :from AND sh.ends_at < :to AND sh.ends_at < :now"
                + scoped(scope, "d.street_id", "sh.deputy_id")
                + ") shifts GROUP BY g", w, scope));
    }

    // ---- opinions and suggestions -------------------------------------------------------------

    /** [state or category, opinions recorded in the year]. */
    List<Object[]> opinions(Window w, Scope scope, Column column) {
        String by = column == Column.STATE ? "o.state" : "o.category";
        return rows(query("SELECT " + by + ", COUNT(*) FROM opinion o"
                + " WHERE o.created_at >= :fromInstant AND o.created_at < :toInstant"
                + scoped(scope, "o.street_id", "o.heard_by")
                + " GROUP BY " + by, w, scope));
    }

    /** [state or category, suggestions of the year]; drafts only in a deputy's own figures. */
    List<Object[]> suggestions(Window w, Scope scope, Column column) {
        String by = column == Column.STATE ? "s.state" : "s.category";
        return rows(query("SELECT " + by + ", COUNT(*) FROM suggestion s WHERE s.suggestion_year = :year"
                + suggestionScope(scope) + " GROUP BY " + by, w, scope));
    }

    /** [unit id, unit name, suggestions of the year it leads]. */
    List<Object[]> suggestionsByUnit(Window w, Scope scope) {
        return rows(query("SELECT u.id, u.name, COUNT(*) FROM suggestion s JOIN handling_unit u ON u.id = s.lead_unit_id"
                + " WHERE s.suggestion_year = :year" + suggestionScope(scope)
                + " GROUP BY u.id, u.name", w, scope));
    }

    /**
     * [unit id, unit name, answered, average days] of the lead assignments of the year's
     * suggestions that the unit answered: from the day of assignment to its first answer.
     * answered_at is UTC and assigned_on a date in Asia/Shanghai, whose midnight is 8 hours
     * earlier in UTC.
     */
    List<Object[]> handlingTimes(Window w, Scope scope) {
        return rows(query("SELECT u.id, u.name, COUNT(*), AVG(TIMESTAMPDIFF(HOUR, a.assigned_on, f.first_at) + 8) / 24"
                + " FROM suggestion_assignment a JOIN suggestion s ON s.id = a.suggestion_id"
                + " JOIN handling_unit u ON u.id = a.unit_id"
                + " JOIN (SELECT suggestion_id, unit_id, MIN(answered_at) AS first_at FROM suggestion_answer"
                + "       GROUP BY suggestion_id, unit_id) f ON f.suggestion_id = a.suggestion_id AND f.unit_id = a.unit_id"
                + " WHERE a.lead_unit = TRUE AND s.suggestion_year = :year" + suggestionScope(scope)
                + " GROUP BY u.id, u.name", w, scope));
    }

    /** [unit id, unit name, suggestions of the year in handling past their due date today]. */
    List<Object[]> overdue(Window w, Scope scope) {
        return rows(query("SELECT u.id, u.name, COUNT(*) FROM suggestion s JOIN handling_unit u ON u.id = s.lead_unit_id"
                + " WHERE s.suggestion_year = :year AND s.state IN ('ASSIGNED', 'HANDLING', 'REHANDLING')"
                + " AND s.due_date < :today" + suggestionScope(scope)
                + " GROUP BY u.id, u.name", w, scope));
    }

    /** [satisfaction, rated answers to the year's suggestions]. */
    List<Object[]> satisfaction(Window w, Scope scope) {
        return rows(query("SELECT a.satisfaction, COUNT(*) FROM suggestion_answer a JOIN suggestion s ON s.id = a.suggestion_id"
                + " WHERE a.satisfaction IS NOT NULL AND s.suggestion_year = :year" + suggestionScope(scope)
                + " GROUP BY a.satisfaction", w, scope));
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private static String scoped(Scope scope, String streetColumn, String deputyColumn) {
        return switch (scope.kind()) {
            case DISTRICT -> "";
            case STREET -> " AND " + streetColumn + " = :street";
            case DEPUTY -> " AND " + deputyColumn + " = :deputy";
        };
    }

    /** The suggestions a scope covers: a street's are those its staff follow; a deputy's, those he leads. */
    private static String suggestionScope(Scope scope) {
        return switch (scope.kind()) {
            case DISTRICT -> " AND s.state <> 'DRAFT'";
            case STREET -> " AND s.state <> 'DRAFT' AND EXISTS (SELECT 1 FROM suggestion_street ss"
                    + " WHERE ss.suggestion_id = s.id AND ss.street_id = :street)";
            case DEPUTY -> " AND s.lead_deputy_id = :deputy";
        };
    }

    // ---- research months and livelihood projects -----------------------------------------------

    /** Campaigns the year's research month is made of: opened or closed, starting in the year. */
    private static final String CAMPAIGN_OF_YEAR = "c.status <> 'DRAFT' AND c.starts_on >= :fromDay AND c.starts_on < :toDay";

    /** [street id, visits targeted] of the year's campaigns. */
    List<Object[]> campaignTargets(Window w, Scope scope) {
        return rows(query("SELECT cs.street_id, SUM(cs.visit_target) FROM campaign_street cs"
                + " JOIN campaign c ON c.id = cs.campaign_id WHERE " + CAMPAIGN_OF_YEAR
                + scoped(scope, "cs.street_id", "NULL") + " GROUP BY cs.street_id", w, scope));
    }

    /** [street id, research visits tagged, opinions tagged] to the year's campaigns. */
    List<Object[]> campaignItems(Window w, Scope scope) {
        return rows(query("SELECT ci.street_id, SUM(CASE WHEN ci.kind = 'MEETING' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN ci.kind = 'OPINION' THEN 1 ELSE 0 END) FROM campaign_item ci"
                + " JOIN campaign c ON c.id = ci.campaign_id WHERE ci.street_id IS NOT NULL AND " + CAMPAIGN_OF_YEAR
                + scoped(scope, "ci.street_id", "NULL") + " GROUP BY ci.street_id", w, scope));
    }

    /** [street id, candidate projects] collected by the year's campaigns, merged ones left out. */
    List<Object[]> campaignProjects(Window w, Scope scope) {
        return rows(query("SELECT ps.street_id, COUNT(DISTINCT p.id) FROM livelihood_project p"
                + " JOIN livelihood_project_street ps ON ps.project_id = p.id JOIN campaign c ON c.id = p.campaign_id"
                + " WHERE p.state <> 'MERGED' AND " + CAMPAIGN_OF_YEAR
                + scoped(scope, "ps.street_id", "NULL") + " GROUP BY ps.street_id", w, scope));
    }

    /**
     * [id, title, percent done, open problems, rating published, satisfied, basically, unsatisfied]
     * of the livelihood projects carried out in the year; a street's, those touching it.
     */
    List<Object[]> livelihoodProjects(Window w, Scope scope) {
        String street = scope.kind() == Scope.Kind.STREET
                ? " AND EXISTS (SELECT 1 FROM supervised_project_street ss WHERE ss.supervised_id = sp.id AND ss.street_id = :street)"
                : "";
        return rows(query("SELECT sp.id, sp.title, sp.percent_done,"
                + " (SELECT COUNT(*) FROM supervision_problem pr WHERE pr.supervised_id = sp.id AND pr.state <> 'CLOSED'),"
                + " sp.rating_published, sp.rated_satisfied, sp.rated_basically, sp.rated_unsatisfied"
                + " FROM supervised_project sp WHERE sp.project_year = :year" + street + " ORDER BY sp.id", w, scope));
    }

    private Query query(String sql, Window w, Scope scope) {
        Query q = em.createNativeQuery(sql);
        bind(q, sql, "year", w.year());
        bind(q, sql, "from", w.from());
        bind(q, sql, "to", w.to());
        bind(q, sql, "now", w.now());
        bind(q, sql, "fromInstant", w.fromInstant());
        bind(q, sql, "toInstant", w.toInstant());
        bind(q, sql, "today", w.today());
        bind(q, sql, "fromDay", w.from().toLocalDate());
        bind(q, sql, "toDay", w.to().toLocalDate());
        bind(q, sql, "street", scope.streetId());
        bind(q, sql, "deputy", scope.deputyId());
        return q;
    }

    private static void bind(Query q, String sql, String name, Object value) {
        if (java.util.regex.Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
            q.setParameter(name, value);
        }
    }

    private static List<Object[]> rows(Query q) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }
}
