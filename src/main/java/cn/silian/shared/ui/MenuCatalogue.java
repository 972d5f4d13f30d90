package cn.silian.shared.ui;

import com.vaadin.flow.router.MenuData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuEntry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The side navigation's entries: the {@code @Menu} views, each user seeing those his roles may open.
 * Vaadin's {@code MenuConfiguration.getMenuEntries()} rebuilds this list for every new page, under the
 * route registry's lock and after a class-path scan for client-side routes Silian does not have; at
 * a district's morning sign-in that serialised the request threads. The routes do not change
 * while Silian runs, so the list is built once and filtered once per set of roles.
 */
@Component
class MenuCatalogue {

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();
    private volatile List<MenuEntry> all;
    private final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();

    /** The entries the signed-in user (or an anonymous visitor) may open, in menu order. */
    List<MenuEntry> entriesForCurrentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = auth == null || !auth.isAuthenticated() ? Set.of()
                : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toCollection(TreeSet::new));
        boolean anonymous = authorities.isEmpty() || authorities.contains("ROLE_ANONYMOUS");
        return byAuthorities.computeIfAbsent(authorities, a -> all().stream()
                .filter(e -> access.hasAccess(e.menuClass(), anonymous ? null : auth, role -> a.contains("ROLE_" + role)))
                .toList());
    }

    private List<MenuEntry> all() {
        List<MenuEntry> entries = all;
        if (entries == null) {
            entries = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                    .filter(r -> r.getMenuData() != null && !r.getMenuData().isExclude())
                    .filter(r -> r.getRouteParameters() == null || r.getRouteParameters().isEmpty())
                    .map(MenuCatalogue::entry)
                    .sorted(Comparator.comparing(MenuEntry::order, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(MenuEntry::title))
                    .toList();
            all = entries;
        }
        return entries;
    }

    private static MenuEntry entry(RouteData route) {
        MenuData menu = route.getMenuData();
        return new MenuEntry("/" + route.getTemplate(), menu.getTitle(), menu.getOrder(), menu.getIcon(),
                route.getNavigationTarget());
    }
}
