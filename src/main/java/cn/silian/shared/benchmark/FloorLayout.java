package cn.silian.shared.benchmark;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * The shell of the load test's floor: an app layout with a brand and a short side navigation,
 * built from constants, so that it costs what Vaadin's own components cost and nothing of
 * Silian's (no menu lookup, no unread counter, no user lookup).
 */
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
