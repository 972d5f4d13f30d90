package cn.silian.statistics;

import cn.silian.performance.PointsQuery;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.statistics.FigureQueries.By;
import cn.silian.statistics.FigureQueries.Column;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The dashboards' figures for a year, in the caller's scope: the office and administrators the
 * whole district or one street, a street's staff their own street, a deputy his own figures
 * (a reduced dashboard). The scope is decided here from the signed-in user, whatever the view asks.
 */
@Service
public class StatisticsService {

    /** Width of the bands of the points distribution. */
    public static final int POINTS_BAND = 10;
    /** The first year a dashboard may ask for. */
    public static final int FIRST_YEAR = 2000;

    private final CurrentUser currentUser;
    private final FigureQueries queries;
    private final PointsQuery points;
    private final StreetService streets;

    StatisticsService(CurrentUser currentUser, FigureQueries queries, PointsQuery points, StreetService streets) {
        this.currentUser = currentUser;
        this.queries = queries;
        this.points = points;
        this.streets = streets;
    }

    /** Hears how many figures of how many are counted so far. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total);
    }

    /**
     * The scope the caller's dashboard covers when he asks for {@code streetId} (null: all he
     * may see). Street staff asking for another street, and a deputy asking for any street, are refused.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    public Scope scope(Long streetId) {
        SilianUser me = currentUser.require();
        if (me.isOfficeOrAdmin()) {
            return streetId == null ? Scope.district() : Scope.street(streetId);
        }
        if (me.is(Role.STREET_STAFF) && me.streetId() != null) {
            if (streetId != null && !streetId.equals(me.streetId())) {
                throw new AccessDeniedException("figures of another street");
            }
            return Scope.street(me.streetId());
        }
        if (me.is(Role.DEPUTY) && me.deputyId() != null && streetId == null) {
            return Scope.deputy(me.deputyId());
        }
        throw new AccessDeniedException("figures of a street");
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional(readOnly = true)
    public Dashboard dashboard(int year, Long streetId) {
        return dashboard(year, streetId, (done, total) -> {
        });
    }

    /** The year's figures in the caller's scope, reporting each figure as it is counted. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional(readOnly = true)
    public Dashboard dashboard(int year, Long streetId, Progress progress) {
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        if (year < FIRST_YEAR || year > thisYear + 1) {
            throw new IllegalArgumentException("year");
        }
        Scope scope = scope(streetId);
        FigureQueries.Window w = window(year);
        List<Supplier<Figure>> parts = scope.isDeputy() ? deputyFigures(w, scope) : figures(w, scope);
        List<Figure> figures = new ArrayList<>();
        for (Supplier<Figure> part : parts) {
            figures.add(part.get());
            progress.done(figures.size(), parts.size());
        }
        return new Dashboard(year, scope, figures);
    }

    private List<Supplier<Figure>> figures(FigureQueries.Window w, Scope scope) {
        return List.of(
                () -> FigureBuilder.participationByLevel(queries.attendance(w, scope, By.LEVEL), queries.shifts(w, scope, By.LEVEL)),
                () -> FigureBuilder.participationByStreet(streetsOf(scope), queries.attendance(w, scope, By.STREET),
                        queries.shifts(w, scope, By.STREET)),
                () -> FigureBuilder.opinionsByState(queries.opinions(w, scope, Column.STATE)),
                () -> FigureBuilder.byCategory("opinions-category", "opinions", queries.opinions(w, scope, Column.CATEGORY)),
                () -> FigureBuilder.suggestionsByState("suggestions-state", queries.suggestions(w, scope, Column.STATE), false),
                () -> FigureBuilder.byCategory("suggestions-category", "suggestions", queries.suggestions(w, scope, Column.CATEGORY)),
                () -> FigureBuilder.suggestionsByUnit(queries.suggestionsByUnit(w, scope)),
                () -> FigureBuilder.handlingByUnit(queries.handlingTimes(w, scope), queries.overdue(w, scope)),
                () -> FigureBuilder.satisfaction("satisfaction", queries.satisfaction(w, scope)),
                () -> FigureBuilder.points(points.distribution(w.year(), scope.streetId(), POINTS_BAND)),
                () -> FigureBuilder.campaignByStreet(streetsOf(scope), queries.campaignTargets(w, scope),
                        queries.campaignItems(w, scope), queries.campaignProjects(w, scope)),
                () -> FigureBuilder.livelihoodProjects(queries.livelihoodProjects(w, scope)));
    }

    /** A deputy's own: his attendance and shifts, his suggestions and how he rated their answers. */
    private List<Supplier<Figure>> deputyFigures(FigureQueries.Window w, Scope scope) {
        return List.of(
                () -> FigureBuilder.ownParticipation(queries.attendance(w, scope, By.LEVEL), queries.shifts(w, scope, By.LEVEL)),
                () -> FigureBuilder.suggestionsByState("own-suggestions-state", queries.suggestions(w, scope, Column.STATE), true),
                () -> FigureBuilder.satisfaction("own-satisfaction", queries.satisfaction(w, scope)));
    }

    private List<StreetSummary> streetsOf(Scope scope) {
        List<StreetSummary> all = streets.all();
        return scope.streetId() == null ? all : all.stream().filter(s -> s.id().equals(scope.streetId())).toList();
    }

    static FigureQueries.Window window(int year) {
        LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
        LocalDateTime to = from.plusYears(1);
        return new FigureQueries.Window(year, from, to, LocalDateTime.now(Formats.ZONE),
                from.atZone(Formats.ZONE).toInstant(), to.atZone(Formats.ZONE).toInstant(), LocalDate.now(Formats.ZONE));
    }
}
