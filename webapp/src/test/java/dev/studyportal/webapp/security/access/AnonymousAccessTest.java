package dev.studyportal.webapp.security.access;

import dev.studyportal.webapp.PortalTest;

@PortalTest
class AnonymousAccessTest extends AccessMatrix {

    @Override
    Visitor visitor() {
        return Visitor.ANONYMOUS;
    }
}
