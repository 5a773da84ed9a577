package dev.studyportal.webapp.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The Vaadin sessions this node holds now, signed in or not (the login page has one too): each holds
 * its UIs' state in this node's memory, so this is what a node's heap grows with, and what a load
 * balancer's sticky sessions spread. Counted from Vaadin's own events: a session counts from its
 * creation until it is closed or its HTTP session ends (logout, idle timeout, absolute timeout).
 */
@Component
class VaadinSessionGauge implements VaadinServiceInitListener {

    static final String METRIC = "studyportal.vaadin.sessions";

    private final AtomicInteger open = new AtomicInteger();

    VaadinSessionGauge(MeterRegistry registry) {
        Gauge.builder(METRIC, open, AtomicInteger::get)
                .description("Vaadin sessions open on this node, signed in or not")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> open.decrementAndGet());
    }

    int open() {
        return open.get();
    }
}
