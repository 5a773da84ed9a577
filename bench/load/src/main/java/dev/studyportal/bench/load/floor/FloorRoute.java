package dev.studyportal.bench.load.floor;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Adds the floor view at {@value #ROUTE} when these classes are on the portal's class path (the load
 * benchmark starts the portal with {@code -Dloader.path} pointing here; Vaadin finds this listener through
 * {@code META-INF/services}). The portal's own code knows nothing of it, and a portal started normally
 * has no such route.
 */
public final class FloorRoute implements VaadinServiceInitListener {

    public static final String ROUTE = "load-floor";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(ROUTE, FloorView.class);
    }
}
