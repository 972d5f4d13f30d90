package cn.silian.audit.ui;

import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditRecord;
import cn.silian.audit.AuditService;
import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Formats;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PersonNames;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.text.Collator;
import java.time.LocalDate;
import java.util.List;
import java.util.Comparator;

/** The audit trail, newest first: administrators only. */
@Route("audit")
@Menu(order = 90, title = "nav.audit", icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final String TYPE_KEY = "audit.type.";

    final TextField actor = new TextField();
    final ComboBox<String> objectType = new ComboBox<>();
    final ComboBox<AuditEvent.Action> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final AuditExportButton export;
    final Grid<AuditRecord> grid = new Grid<>();
    private final transient AuditService audit;

    AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("audit-log-view");
        setSizeFull();

        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        objectType.setLabel(getTranslation("audit.object-type"));
        objectType.setItems(audit.objectTypes().stream()
                .sorted(Comparator.comparing(this::typeName, Collator.getInstance(getLocale()))).toList());
        objectType.setItemLabelGenerator(this::typeName);
        objectType.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditEvent.Action.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        // Days as people in Shanghai count them; the trail is stored in UTC.
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        for (DatePicker day : List.of(from, to)) {
            ComponentTexts.localize(day);
            day.setClearButtonVisible(true);
            day.setMax(LocalDate.now(Formats.ZONE));
        }
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue() == null ? LocalDate.now(Formats.ZONE) : e.getValue()));
        actor.addValueChangeListener(e -> refresh());
        objectType.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        export = new AuditExportButton(audit, this::filter);
        FilterBar filters = new FilterBar(actor, objectType, action, from, to);

        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Formats.dateTime(r.occurredAt())).setHeader(getTranslation("audit.time"))
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        // The login name stays at hand as a tooltip: it is what the actor filter searches. No sorting
        // here: the stored login names would order the display names seemingly at random.
        grid.addColumn(r -> PersonNames.withRole(this, r.actorName())).setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true).setTooltipGenerator(AuditRecord::actor);
        grid.addColumn(r -> getTranslation("audit.action." + r.action().name())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(r -> typeName(r.objectType()) + (r.objectId() == null ? "" : " #" + r.objectId()))
                .setHeader(getTranslation("audit.object")).setAutoWidth(true);
        grid.addColumn(r -> r.summary().translate(getLocale())).setHeader(getTranslation("audit.summary")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> {
            DescriptionList details = new DescriptionList();
            details.add(new DescriptionList.Term(new Span(getTranslation("audit.before"))),
                    new DescriptionList.Description(new Span(r.before() == null ? "—" : r.before())),
                    new DescriptionList.Term(new Span(getTranslation("audit.after"))),
                    new DescriptionList.Description(new Span(r.after() == null ? "—" : r.after())));
            details.addClassName("audit-details");
            return details;
        }));
        grid.setEmptyStateText(getTranslation("audit.empty"));

        HorizontalLayout tools = new HorizontalLayout(filters, export);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWidthFull();
        tools.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("audit.title")), tools, grid);
        expand(grid);
        refresh();
    }

    /** The stored type's name in the reader's language; a type no longer published keeps its code name. */
    String typeName(String type) {
        String key = TYPE_KEY + type;
        return SilianI18nProvider.has(key) ? getTranslation(key) : type;
    }

    /** The filters as set now: what the grid shows and the export writes. */
    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), objectType.getValue(), action.getValue(), null,
                from.getValue() == null ? null : from.getValue().atStartOfDay(Formats.ZONE).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(Formats.ZONE).toInstant());
    }

    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(query -> audit.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
