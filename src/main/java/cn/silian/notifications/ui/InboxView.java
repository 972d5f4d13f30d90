package cn.silian.notifications.ui;

import cn.silian.notifications.InboxItem;
import cn.silian.notifications.NotificationService;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.shared.ui.Toasts;
import cn.silian.shared.ui.UnreadCountChanged;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** The caller's notices, newest first: read them, follow their links, mark them read. */
@Route(InboxView.ROUTE)
@Menu(order = 5, title = "nav.inbox", icon = "vaadin:envelope")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "inbox";

    final Checkbox unreadOnly = new Checkbox();
    final Grid<InboxItem> grid = new Grid<>();
    final Span total = new Span();
    final PhoneColumns<InboxItem> phone = new PhoneColumns<>(grid);
    final Button markAllRead = new Button();
    final Button settings = new Button();
    private final transient NotificationService notifications;

    InboxView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("inbox-view");
        setSizeFull();

        H2 title = new H2(getTranslation("nav.inbox"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        markAllRead.setText(getTranslation("inbox.mark-all-read"));
        markAllRead.setIcon(new Icon(VaadinIcon.CHECK));
        markAllRead.addClickListener(e -> {
            int changed = notifications.markAllRead();
            Toasts.success(getTranslation("inbox.marked-all-read", changed));
            changed();
        });
        settings.setText(getTranslation("inbox.settings"));
        settings.setIcon(new Icon(VaadinIcon.COG));
        settings.addClickListener(e -> openSettings());
        HorizontalLayout header = new HorizontalLayout(title, total, markAllRead, settings);
        header.addClassName("view-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(total);

        unreadOnly.setLabel(getTranslation("inbox.unread-only"));
        unreadOnly.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(unreadOnly);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        grid.setAriaLabel(getTranslation("nav.inbox"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Unread is said in words, not by weight or colour alone.
        phone.add(grid.addColumn(this::state).setHeader(getTranslation("inbox.state")).setAutoWidth(true).setFlexGrow(0));
        Grid.Column<InboxItem> time = phone.add(grid.addColumn(item -> Formats.dateTimeShort(item.createdAt()))
                .setHeader(getTranslation("inbox.time")).setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0));
        grid.addComponentColumn(this::message).setHeader(getTranslation("inbox.message")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.sort(List.of(new GridSortOrder<>(time, SortDirection.DESCENDING)));

        add(header, filters, grid);
        expand(grid);
        refresh();
    }

    /** The notice in the reader's language, linked to what it is about. */
    private Component message(InboxItem item) {
        String text = text(item);
        Component shown;
        if (item.link() != null) {
            Anchor link = new Anchor(item.link(), text);
            link.addClassName("inbox-text");
            shown = link;
        } else {
            Span span = new Span(text);
            span.addClassName("inbox-text");
            shown = span;
        }
        Div cell = new Div(shown);
        cell.add(phone.secondLine(state(item), Formats.dateTimeShort(item.createdAt())));
        if (!item.read()) {
            cell.addClassName("inbox-item-unread");
        }
        return cell;
    }

    private String state(InboxItem item) {
        return getTranslation(item.read() ? "inbox.read" : "inbox.unread");
    }

    private Component actions(InboxItem item) {
        Button toggle = new Button(getTranslation(item.read() ? "inbox.mark-unread" : "inbox.mark-read"),
                e -> {
                    notifications.markRead(item.id(), !item.read());
                    changed();
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setAriaLabel(getTranslation(item.read() ? "inbox.mark-unread.for" : "inbox.mark-read.for", text(item)));
        toggle.addClassName("inbox-toggle");
        return toggle;
    }

    String text(InboxItem item) {
        return getTranslation(item.messageKey(), item.args().toArray());
    }

    private void openSettings() {
        new NotificationSettingsDialog(notifications).open();
    }

    private void changed() {
        refresh();
        getUI().ifPresent(UnreadCountChanged::fire);
    }

    void refresh() {
        boolean onlyUnread = unreadOnly.getValue();
        grid.setItems(query -> notifications.inbox(onlyUnread, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) notifications.count(onlyUnread));
        long unread = notifications.unreadCount();
        total.setText(getTranslation("inbox.total", notifications.count(false), unread));
        markAllRead.setEnabled(unread > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox") + " · " + getTranslation("app.name");
    }
}
