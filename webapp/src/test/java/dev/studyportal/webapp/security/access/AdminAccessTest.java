package dev.studyportal.webapp.security.access;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(
        username = "matrix-admin",
        roles = {"LEARNER", "ADMIN"})
class AdminAccessTest extends AccessMatrix {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void theVisitorHasAnAccount() {
        TestLearners.ensure(accounts, "matrix-admin");
    }

    @Override
    Visitor visitor() {
        return Visitor.ADMIN;
    }
}
