package dev.studyportal.webapp.content.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.content.ContentSync;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "student", roles = "LEARNER")
class ContentAdminAccessTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ContentSync sync;

    @BeforeEach
    void theLearnerHasAnAccount() {
        TestLearners.ensure(accounts, "student");
    }

    @Test
    void a_learner_never_reaches_the_content_view() {
        try {
            navigate(ContentAdminView.class);
        } catch (RuntimeException refused) {
            // Refused navigation is as good as a redirect: either way the view is not shown.
        }
        assertThat(getCurrentView()).isNotInstanceOf(ContentAdminView.class);
    }

    @Test
    void a_learner_cannot_start_a_sync_through_the_service() {
        assertThatThrownBy(() -> sync.start("student", true, false, SyncProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sync.current()).isEmpty();
    }
}
