package cn.silian.shared.benchmark;

import cn.silian.security.Roles;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.annotation.security.RolesAllowed;

/**
 * The shell of the load test's floor: an app layout with a brand and a short side navigation,
 * built from constants, so that it costs what Vaadin's own components cost and nothing of
 * Silian's (no menu lookup, no unread counter, no user lookup).
 */
// Vaadin checks a layout's access too, and refuses a view that allows more than its layout.
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class FloorLayout extends AppLayout {

    public FloorLayout() {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle);
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.home"), ""),
                new SideNavItem(getTranslation("benchmark.floor.title"), FloorViewRegistration.ROUTE));
        addToDrawer(new Span(getTranslation("app.name")), nav);
    }
}
