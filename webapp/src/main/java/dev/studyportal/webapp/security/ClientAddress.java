package dev.studyportal.webapp.security;

import com.vaadin.flow.server.VaadinRequest;

/** The address a view's request came from, for the throttles that count per address. */
public final class ClientAddress {

    private ClientAddress() {}

    /** As Tomcat reports it: behind a proxy, set server.forward-headers-strategy=native (docs/security.md). */
    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
