package dev.studyportal.webapp.security.access;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(
        username = "matrix-instructor",
        roles = {"LEARNER", "INSTRUCTOR"})
class InstructorAccessTest extends AccessMatrix {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void theVisitorHasAnAccount() {
        TestLearners.ensure(accounts, "matrix-instructor");
    }

    @Override
    Visitor visitor() {
        return Visitor.INSTRUCTOR;
    }
}
