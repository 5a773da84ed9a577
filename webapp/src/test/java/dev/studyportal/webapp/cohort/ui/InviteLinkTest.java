package dev.studyportal.webapp.cohort.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.cohort.CohortDraft;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.SeparatePortal;
import dev.studyportal.webapp.TestLearners;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * An invitation link on a portal whose administrator has given its public address: the link is built on it, so
 * a request that names another host (by its Host header, or a proxy's X-Forwarded-* headers) cannot make the
 * owner hand out a link to that host.
 */
@PortalTest
@TestPropertySource(
        properties = {"studyportal.public-url=https://study.example.test/portal", "studyportal.import.on-startup=false"
        })
@ExtendWith(SeparatePortal.class)
@WithMockUser(username = InviteLinkTest.ME, roles = "LEARNER")
class InviteLinkTest extends SpringBrowserlessTest {

    static final String ME = "invite-link-owner";

    @Autowired
    AccountService accounts;

    @Autowired
    CohortService cohorts;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void anOwner() {
        DatabaseCleaner.empty(dataSource);
        TestLearners.ensure(accounts, ME);
    }

    @Test
    void the_link_is_built_on_the_public_address_never_on_a_forged_host() {
        long id = cohorts.create(ME, new CohortDraft("Mine", null, ZoneId.of("UTC")));
        CohortView view = navigate("cohorts/" + id, CohortView.class);
        MockRequest request = (MockRequest) VaadinServletRequest.getCurrent().getRequest();
        request.getHeaders().put("Host", List.of("attacker.example"));
        request.getHeaders().put("X-Forwarded-Host", List.of("attacker.example"));
        request.getHeaders().put("X-Forwarded-Proto", List.of("http"));

        test(view.invites.make).click();

        assertThat(view.invites.link.getValue())
                .isEqualTo("https://study.example.test/portal/cohorts/join/" + view.invites.code.getValue())
                .doesNotContain("attacker");
    }
}
