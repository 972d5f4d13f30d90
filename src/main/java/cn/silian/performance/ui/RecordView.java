package cn.silian.performance.ui;

import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.performance.DeputyRecord;
import cn.silian.performance.RecordPdf;
import cn.silian.performance.RecordService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.Choice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A deputy's record of a year (履职档案) on screen, to download as PDF or print for the archive:
 * a deputy his own, the office anyone's, a street's staff their street's deputies' (the service
 * decides; this view only asks). {@code ?deputy=<id>&year=<year>} names the record.
 */
@Route("points/record")
@RolesAllowed({Roles.DEPUTY, Roles.STREET_STAFF, Roles.OFFICE, Roles.ADMIN})
public class RecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String DEPUTY = "deputy";
    static final String YEAR = "year";
    /** The years a record may be asked for: this one and those before, as the ledger keeps them. */
    static final int YEARS_BACK = 5;

    /** On paper only the record itself: no navigation, no controls. */
    private static final String PRINT_STYLE = "@media print{vaadin-app-layout::part(drawer),vaadin-app-layout::part(navbar),"
            + ".no-print{display:none!important}vaadin-app-layout{padding:0!important}}";

    final ComboBox<Choice> deputy = new ComboBox<>();
    final Select<Integer> year = new Select<>();
    final Anchor download = new Anchor();
    final Button print = new Button();
    final Div content = new Div();

    private final transient RecordService records;
    private final transient SilianUser me;
    private Long deputyId;
    private int shownYear;
    private DeputyRecord record;
    private boolean rendering;

    RecordView(RecordService records, DeputyService deputies, CurrentUser currentUser) {
        this.records = records;
        this.me = currentUser.require();
        addClassName("record-view");
        int now = LocalDate.now(Formats.ZONE).getYear();
        shownYear = now;

        deputy.setLabel(getTranslation("record.deputy"));
        deputy.setItemLabelGenerator(Choice::label);
        Long street = me.isOfficeOrAdmin() ? null : me.streetId();
        deputy.setItems(query -> deputies.page(new DeputyFilter(query.getFilter().orElse(""), null, street, null, null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream().map(d -> new Choice(d.id(), d.nameAndStreet())));
        deputy.setVisible(me.isOfficeOrAdmin() || me.is(Role.STREET_STAFF));
        deputy.setMinWidth("16em");
        deputy.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue().id(), shownYear);
            }
        });

        year.setLabel(getTranslation("record.year"));
        List<Integer> years = new ArrayList<>();
        for (int y = now; y > now - YEARS_BACK; y--) {
            years.add(y);
        }
        year.setItems(years);
        year.setItemLabelGenerator(String::valueOf);
        year.addValueChangeListener(e -> {
            if (!rendering && e.getValue() != null && deputyId != null) {
                show(deputyId, e.getValue());
            }
        });

        download.setText(getTranslation("record.download"));
        download.addComponentAsFirst(new Icon(VaadinIcon.DOWNLOAD));
        download.getElement().setAttribute("download", true);
        print.setText(getTranslation("record.print"));
        print.setIcon(new Icon(VaadinIcon.PRINT));
        print.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));

        FlexLayout tools = new FlexLayout(deputy, year, print, download);
        tools.addClassName("no-print");
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("gap", "var(--lumo-space-m)");
        Element style = new Element("style");
        style.setText(PRINT_STYLE);
        getElement().appendChild(style);
        content.setWidthFull();
        add(tools, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Long asked = number(params.get(DEPUTY)).orElse(me.deputyId());
        int now = LocalDate.now(Formats.ZONE).getYear();
        int askedYear = number(params.get(YEAR)).map(Long::intValue)
                .filter(y -> y > now - YEARS_BACK && y <= now).orElse(now);
        render(asked, askedYear);
    }

    /** Goes to another record, so the address names what is shown (to bookmark, to send). */
    private void show(long id, int y) {
        getUI().ifPresent(ui -> ui.navigate(RecordView.class,
                QueryParameters.simple(Map.of(DEPUTY, String.valueOf(id), YEAR, String.valueOf(y)))));
    }

    private void render(Long id, int y) {
        rendering = true;
        deputyId = id;
        shownYear = y;
        year.setValue(y);
        rendering = false;
        content.removeAll();
        record = null;
        download.setEnabled(false);
        print.setEnabled(false);
        if (id == null) {
            content.add(new Paragraph(getTranslation(me.deputyId() == null && !deputy.isVisible()
                    ? "record.no-deputy" : "record.choose-deputy")));
            return;
        }
        record = records.record(id, y, getLocale());
        deputy.setValue(new Choice(record.deputyId(), record.name()));
        Locale locale = getLocale();
        long deputyOfPdf = record.deputyId();
        String file = RecordPdf.fileName(record, locale);
        download.setHref(DownloadHandler.fromInputStream(e -> {
            byte[] pdf = records.pdf(deputyOfPdf, y, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), file, RecordPdf.PDF, pdf.length);
        }));
        download.setEnabled(true);
        print.setEnabled(true);
        content.add(RecordSheet.of(record, this::getTranslation));
    }

    private static Optional<Long> number(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(values.getFirst()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    DeputyRecord record() {
        return record;
    }

    @Override
    public String getPageTitle() {
        String title = record == null ? getTranslation("record.page-title")
                : getTranslation("record.title", record.name(), String.valueOf(record.year()));
        return title + " · " + getTranslation("app.name");
    }
}
