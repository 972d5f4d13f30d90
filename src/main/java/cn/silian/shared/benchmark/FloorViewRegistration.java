package cn.silian.shared.benchmark;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Adds the load test's floor view (routes {@value #ROUTE} and {@value #SECOND_ROUTE}) when
 * {@code silian.benchmark.floor-view=true}; a normal run has no such route at all, because the
 * view carries no {@code @Route} and this bean only exists under the property.
 */
@Component
@ConditionalOnProperty(name = "silian.benchmark.floor-view", havingValue = "true")
class FloorViewRegistration implements VaadinServiceInitListener {

    static final String ROUTE = "benchmark/floor";
    static final String SECOND_ROUTE = "benchmark/floor-b";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        routes.setRoute(ROUTE, FloorView.class, List.of(FloorLayout.class));
        routes.setRoute(SECOND_ROUTE, FloorView.Second.class, List.of(FloorLayout.class));
    }
}
