package dev.studyportal.webapp.failure;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every session reports failures through {@link NotifyingErrorHandler} instead of Vaadin's default. */
@Component
class FailureHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(new NotifyingErrorHandler()));
    }
}
