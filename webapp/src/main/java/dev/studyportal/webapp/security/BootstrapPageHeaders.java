package dev.studyportal.webapp.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The protective headers again on Vaadin's bootstrap page (every route's first HTML response): Vaadin
 * writes that page afresh, dropping what Spring Security's header filter had set, and would send it with
 * X-Frame-Options SAMEORIGIN and no policy at all. Vaadin's own strict-CSP guide sets headers here too.
 */
@Component
class BootstrapPageHeaders implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            VaadinResponse response = page.getVaadinResponse();
            ProtectiveHeaders.write(response::setHeader, page.getVaadinRequest().isSecure());
        });
    }
}
