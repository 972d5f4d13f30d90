package cn.silian.opinions.ui;

import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionRow;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionState;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/**
 * A handling unit's matters (交办事项): the public opinions forwarded to it, waiting ones first
 * by default. Each opens on its opinion page, where the unit answers. The service shows a unit
 * only its own; the office sees every unit's.
 */
@Route("opinions/matters")
@Menu(order = 27, title = "opinion.matters.nav", icon = "vaadin:inbox")
@RolesAllowed({Roles.UNIT, Roles.OFFICE, Roles.ADMIN})
public class MattersView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox waiting = new Checkbox();
    final Grid<OpinionRow> grid = new Grid<>();
    private final transient OpinionService opinions;

    MattersView(OpinionService opinions) {
        this.opinions = opinions;
        addClassName("matters-view");
        setSizeFull();
        waiting.setLabel(getTranslation("opinion.matters.waiting"));
        waiting.setValue(true);
        waiting.addValueChangeListener(e -> refresh());
        grid.setAriaLabel(getTranslation("opinion.matters.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(o -> Formats.dateTimeShort(o.createdAt())).setHeader(getTranslation("opinion.created"))
                .setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<OpinionRow>of("<a href=\"opinions/${item.id}\">${item.text}</a>")
                        .withProperty("id", OpinionRow::id).withProperty("text", o -> OpinionTexts.excerpt(o.content(), 120)))
                .setHeader(getTranslation("opinion.content")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation(o.category().messageKey())).setHeader(getTranslation("opinion.category")).setAutoWidth(true);
        grid.addColumn(OpinionRow::streetName).setHeader(getTranslation("opinion.street")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation(o.state().messageKey())).setHeader(getTranslation("opinion.state")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("opinion.matters.empty"));
        add(new H2(getTranslation("opinion.matters.title")), new Paragraph(getTranslation("opinion.matters.intro")), waiting, grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        // Units see only matters forwarded to them whatever the filter; for the office, the
        // "waiting" filter is what makes this list the matters and not all opinions.
        OpinionFilter filter = new OpinionFilter(waiting.getValue() ? OpinionState.FORWARDED : OpinionState.ANSWERED_BY_UNIT,
                null, null, null, null, null, null);
        grid.setItems(query -> opinions.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.matters.title") + " · " + getTranslation("app.name");
    }
}
