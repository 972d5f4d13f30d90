package cn.silian.shared.ui;

import cn.silian.shared.DisplayedUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in view. Its navigation is built from the {@code @Menu}
 * annotations of the views the user may open, so the layout never names a module.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String CHANGE_PASSWORD_ROUTE = "account/password";

    private final transient AuthenticationContext authenticationContext;
    private final transient UnreadCounter unreadCounter;
    /** The link to the inbox with the number of unread notices; absent without a notifications module. */
    final Anchor inbox = new Anchor();
    private final Span unread = new Span();
    private Registration unreadListener;

    MainLayout(AuthenticationContext authenticationContext, ObjectProvider<UnreadCounter> unreadCounter,
               MenuCatalogue menu) {
        this.authenticationContext = authenticationContext;
        this.unreadCounter = unreadCounter.getIfAvailable();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, navbarEnd());
        addToDrawer(brand(), navigation(menu), footer());
    }

    private Component brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("app.short-tagline"));
        tagline.addClassName("brand-tagline");
        Div brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation(MenuCatalogue menu) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addClassName("main-nav");
        for (MenuEntry entry : menu.entriesForCurrentUser()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component navbarEnd() {
        HorizontalLayout end = new HorizontalLayout();
        end.addClassName("navbar-end");
        end.setAlignItems(FlexComponent.Alignment.CENTER);
        authenticationContext.getAuthenticatedUser(Object.class).ifPresent(principal -> {
            if (principal instanceof DisplayedUser user) {
                Span name = new Span(user.displayName());
                name.addClassName("user-name");
                Span role = new Span(getTranslation(user.roleKey()));
                role.getElement().getThemeList().add("badge");
                role.addClassName("user-role");
                // Every account changes its own password there (the security module's account/password).
                Anchor password = new Anchor(CHANGE_PASSWORD_ROUTE, new Icon(VaadinIcon.KEY));
                password.addClassName("change-password-link");
                password.getElement().setAttribute("aria-label", getTranslation("password.change.link"));
                password.setTitle(getTranslation("password.change.link"));
                end.add(name, role, password);
                // The security module's page of the user's own second factor.
                Anchor secondFactor = new Anchor("account/second-factor", new Icon(VaadinIcon.SHIELD));
                secondFactor.addClassName("second-factor-link");
                secondFactor.getElement().setAttribute("aria-label", getTranslation("nav.second-factor"));
                secondFactor.setTitle(getTranslation("nav.second-factor"));
                end.add(secondFactor);
            }
            if (unreadCounter != null) {
                inbox.setHref(unreadCounter.inboxRoute());
                inbox.addClassName("inbox-badge");
                unread.addClassName("unread-count");
                inbox.add(new Icon(VaadinIcon.ENVELOPE), unread);
                end.add(inbox);
                refreshUnread();
            }
        });
        end.add(new LanguageSwitch());
        Button logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        end.add(logout);
        return end;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshUnread();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        unreadListener = ComponentUtil.addListener(attachEvent.getUI(), UnreadCountChanged.class, e -> refreshUnread());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unreadListener != null) {
            unreadListener.remove();
            unreadListener = null;
        }
        super.onDetach(detachEvent);
    }

    private void refreshUnread() {
        if (unreadCounter == null || inbox.getParent().isEmpty()) {
            return;
        }
        long count = unreadCounter.unreadCount();
        unread.setText(count > 0 ? String.valueOf(count) : "");
        unread.setVisible(count > 0);
        // The number alone means nothing to a screen reader; the label says what it counts.
        String label = count > 0 ? getTranslation("inbox.badge.unread", count) : getTranslation("inbox.badge.none");
        inbox.getElement().setAttribute("aria-label", label);
        inbox.setTitle(label);
    }

    private Component footer() {
        Footer footer = new Footer(new Span(getTranslation("app.footer")));
        footer.addClassName("drawer-footer");
        return footer;
    }
}
