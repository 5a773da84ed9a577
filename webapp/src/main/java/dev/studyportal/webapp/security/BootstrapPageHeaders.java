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
            response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            if (page.getVaadinRequest().isSecure()) {
                // Spring Security's value, set again for the same reason as the others (ASVS 3.4.1).
                response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
            }
        });
    }
}
