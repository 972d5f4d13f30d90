package cn.silian.statistics;

import java.util.List;
import java.util.Optional;

/** The figures of one year in one scope, in the order the dashboard shows them. */
public record Dashboard(int year, Scope scope, List<Figure> figures) {

    public Dashboard {
        figures = List.copyOf(figures);
    }

    public Optional<Figure> figure(String code) {
        return figures.stream().filter(f -> f.code().equals(code)).findFirst();
    }
}
