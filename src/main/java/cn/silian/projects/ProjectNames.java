package cn.silian.projects;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.people.DeputyService;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The names a page of projects is shown with, each kind read in one query per page: streets,
 * departments, and the proposer (a deputy's name, a street's name; the office has none).
 */
@Component
class ProjectNames {

    private final StreetService streets;
    private final HandlingUnitService units;
    private final DeputyService deputies;

    ProjectNames(StreetService streets, HandlingUnitService units, DeputyService deputies) {
        this.streets = streets;
        this.units = units;
        this.deputies = deputies;
    }

    /** The names of one page of projects. */
    Names of(Collection<LivelihoodProject> projects) {
        Map<Long, StreetSummary> streetNames = new LinkedHashMap<>();
        streets.all().forEach(s -> streetNames.put(s.id(), s));
        Map<Long, String> unitNames = units.namesOf(projects.stream().map(LivelihoodProject::unitId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, String> deputyNames = deputies.namesOf(projects.stream().map(LivelihoodProject::proposerDeputyId)
                .filter(Objects::nonNull).distinct().toList());
        return new Names(streetNames, unitNames, deputyNames);
    }

    record Names(Map<Long, StreetSummary> streets, Map<Long, String> units, Map<Long, String> deputies) {

        /** The project's streets in the district's order. */
        List<StreetSummary> streetsOf(LivelihoodProject p) {
            return streets.values().stream().filter(s -> p.streetIds().contains(s.id())).toList();
        }

        String unitOf(LivelihoodProject p) {
            return p.unitId() == null ? null : units.get(p.unitId());
        }

        String proposerOf(LivelihoodProject p) {
            return switch (p.proposerKind()) {
                case DEPUTY -> deputies.getOrDefault(p.proposerDeputyId(), "");
                case STREET -> {
                    StreetSummary s = streets.get(p.proposerStreetId());
                    yield s == null ? "" : s.name();
                }
                case OFFICE -> null;
            };
        }

        ProjectRow row(LivelihoodProject p) {
            return new ProjectRow(p.getId(), p.projectYear(), p.title(),
                    streetsOf(p).stream().map(StreetSummary::name).toList(), p.estimatedCost(), unitOf(p), p.state(),
                    p.proposerKind(), proposerOf(p));
        }
    }
}
