package cn.silian.stations.ui;

import cn.silian.security.Roles;
import cn.silian.stations.DutyNotice;
import cn.silian.stations.DutyService;
import cn.silian.stations.ShiftRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.TextStyle;

/** The printable public notice of a duty plan (进站接待公告), posted at the station. */
@Route(value = "stations/:id(\\d+)/notices/:planId(\\d+)", autoLayout = false)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF})
public class DutyNoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DutyService duty;
    DutyNotice notice;

    DutyNoticeView(DutyService duty) {
        this.duty = duty;
        addClassName("duty-notice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notice = duty.notice(event.getRouteParameters().getLong("planId").orElse(-1L));
        removeAll();
        Button print = new Button(getTranslation("duty.notice.print"), new Icon(VaadinIcon.PRINT),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        // The notice opens in the station's own tab (a second tab would keep a second UI alive
        // for nothing); this leads back.
        Anchor back = new Anchor("stations/" + event.getRouteParameters().getLong("id").orElse(-1L),
                getTranslation("duty.notice.back"));
        HorizontalLayout actions = new HorizontalLayout(back, print);
        actions.addClassName("no-print");
        NativeTable table = new NativeTable();
        NativeTableHeader head = table.getHead();
        head.addRows(new NativeTableRow(new NativeTableHeaderCell(getTranslation("duty.notice.date")),
                new NativeTableHeaderCell(getTranslation("duty.notice.time")),
                new NativeTableHeaderCell(getTranslation("duty.notice.deputy"))));
        NativeTableBody body = table.getBody();
        for (ShiftRow s : notice.shifts()) {
            body.addRows(new NativeTableRow(
                    new NativeTableCell(s.startsAt().toLocalDate() + " " + s.startsAt().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale())),
                    new NativeTableCell(s.startsAt().toLocalTime() + "–" + s.endsAt().toLocalTime()),
                    new NativeTableCell(s.deputyName() == null ? getTranslation("duty.nobody") : s.deputyName())));
        }
        table.addClassName("notice-table");
        add(actions, new H1(getTranslation("duty.notice.title", notice.stationName())),
                new Paragraph(getTranslation("duty.notice.intro")), table,
                new Paragraph(getTranslation("duty.notice.address", notice.address())),
                new Paragraph(getTranslation("duty.notice.contact", notice.contactPhone() == null ? getTranslation("common.none") : notice.contactPhone())));
    }

    @Override
    public String getPageTitle() {
        return notice == null ? getTranslation("duty.notice") : getTranslation("duty.notice.title", notice.stationName());
    }
}
