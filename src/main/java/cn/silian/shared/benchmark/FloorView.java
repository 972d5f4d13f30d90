package cn.silian.shared.benchmark;

import cn.silian.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The load test's floor: what a directory page costs with nothing of Silian around it. A title,
 * a lazy search field and a lazy grid of four columns over the people table, paged and filtered
 * in the database by one plain query each, so that the load test can set Silian's cost per
 * interaction against the framework's own. Registered only by {@link FloorViewRegistration}.
 * Open to the roles that may read the directory it stands in for, so not to handling units.
 */
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class FloorView extends VerticalLayout implements HasDynamicTitle {

    record Row(long id, String name, String pinyin, String employer, String community) {
    }

    final TextField search = new TextField();
    final Grid<Row> grid = new Grid<>();

    public FloorView(JdbcTemplate jdbc) {
        addClassName("floor-view");
        setSizeFull();
        search.setId("floor-search");
        search.setLabel(getTranslation("deputies.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(50);

        grid.setId("floor-grid");
        grid.addColumn(Row::name).setHeader(getTranslation("benchmark.floor.name")).setKey("name");
        grid.addColumn(Row::pinyin).setHeader(getTranslation("benchmark.floor.pinyin")).setKey("pinyin");
        grid.addColumn(Row::employer).setHeader(getTranslation("benchmark.floor.employer")).setKey("employer");
        grid.addColumn(Row::community).setHeader(getTranslation("benchmark.floor.community")).setKey("community");
        grid.setItems(query -> {
            String like = like(search.getValue());
            return jdbc.query("SELECT id, name, name_pinyin, employer, community FROM deputy"
                            + " WHERE name LIKE ? OR name_pinyin LIKE ? ORDER BY name_pinyin, id LIMIT ? OFFSET ?",
                    (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                    like, like, query.getLimit(), query.getOffset()).stream();
        });
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("benchmark.floor.title")), search, grid);
        setFlexGrow(1, grid);
    }

    /**
     * The same view under a second route: the load test alternates between the two, so that each
     * navigation builds a new view as it does in Silian (Vaadin reuses the instance when the
     * target class stays the same).
     */
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
    public static class Second extends FloorView {
        public Second(JdbcTemplate jdbc) {
            super(jdbc);
        }
    }

    private static String like(String term) {
        String t = term == null ? "" : term.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + t + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("benchmark.floor.title");
    }
}
