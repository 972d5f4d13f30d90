package cn.silian.meetings.ui;

import cn.silian.meetings.MeetingFilter;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingStatus;
import cn.silian.meetings.MeetingSummary;
import cn.silian.security.Roles;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.ComponentTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;

/** The meetings the caller may see, upcoming first; everyone may start one, the service decides which. */
@Route("meetings")
@Menu(order = 25, title = "nav.meetings", icon = "vaadin:calendar-briefcase")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class MeetingListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<MeetingKind> kind = new ComboBox<>();
    final ComboBox<MeetingStatus> status = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox mine = new Checkbox();
    final Grid<MeetingSummary> grid = new Grid<>();
    final Span total = new Span();
    final PhoneColumns<MeetingSummary> phone = new PhoneColumns<>(grid);
    final Button create = new Button();
    private final transient MeetingService meetings;

    MeetingListView(MeetingService meetings) {
        this.meetings = meetings;
        addClassName("meeting-list-view");
        setSizeFull();

        create.setText(getTranslation("meetings.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingEditView.class)));
        H2 title = new H2(getTranslation("meetings.title"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout header = new HorizontalLayout(title, total, create);
        header.addClassName("view-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(total);

        search.setLabel(getTranslation("meetings.search"));
        search.setPlaceholder(getTranslation("meetings.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel(getTranslation("meeting.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setClearButtonVisible(true);
        status.setLabel(getTranslation("meeting.status"));
        status.setItems(MeetingStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        from.setLabel(getTranslation("meetings.from"));
        from.setValue(LocalDate.now(Formats.ZONE));
        from.setClearButtonVisible(true);
        ComponentTexts.localize(from);
        to.setLabel(getTranslation("meetings.to"));
        to.setClearButtonVisible(true);
        ComponentTexts.localize(to);
        mine.setLabel(getTranslation("meetings.mine"));
        search.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(search, kind, status, from, to, mine);

        grid.setAriaLabel(getTranslation("meetings.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        phone.add(grid.addColumn(m -> MeetingTexts.when(m.startsAt(), m.endsAt())).setHeader(getTranslation("meeting.when"))
                .setSortProperty("startsAt").setAutoWidth(true).setFlexGrow(0));
        grid.addColumn(LitRenderer.<MeetingSummary>of("<a href=\"meetings/${item.id}\">${item.title}</a>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", MeetingSummary::id).withProperty("title", MeetingSummary::title)
                        .withProperty("secondary", m -> phone.line(MeetingTexts.when(m.startsAt(), m.endsAt()),
                                m.place(), getTranslation(m.status().messageKey()))))
                .setHeader(getTranslation("meeting.title")).setSortProperty("title").setFlexGrow(2);
        phone.add(grid.addColumn(m -> getTranslation(m.kind().messageKey())).setHeader(getTranslation("meeting.kind"))
                .setSortProperty("kind").setAutoWidth(true));
        phone.add(grid.addColumn(MeetingSummary::place).setHeader(getTranslation("meeting.place")).setSortProperty("place")
                .setFlexGrow(1));
        phone.add(grid.addColumn(LitRenderer.<MeetingSummary>of("<span theme=\"badge\">${item.status}</span>")
                        .withProperty("status", m -> getTranslation(m.status().messageKey())))
                .setHeader(getTranslation("meeting.status")).setSortProperty("status").setAutoWidth(true));
        phone.add(grid.addColumn(MeetingSummary::invited).setHeader(getTranslation("meeting.invited"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true));
        phone.add(grid.addColumn(MeetingSummary::accepted).setHeader(getTranslation("meeting.accepted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true));
        phone.add(grid.addColumn(MeetingSummary::declined).setHeader(getTranslation("meeting.declined"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true));
        grid.setEmptyStateText(getTranslation("meetings.empty"));

        add(header, filters, grid);
        expand(grid);
        refresh();
    }

    MeetingFilter filter() {
        return new MeetingFilter(search.getValue(), kind.getValue(), status.getValue(), from.getValue(), to.getValue(),
                mine.getValue());
    }

    void refresh() {
        MeetingFilter filter = filter();
        grid.setItems(query -> meetings.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = meetings.count(filter);
                    total.setText(getTranslation("meetings.total", count));
                    return (int) count;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " · " + getTranslation("app.name");
    }
}
