package dev.studyportal.webapp.failure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class FailureNoticeTest {

    @Test
    void the_person_is_told_to_try_again_for_an_outage_and_given_a_reference_otherwise() {
        FailureNotice outage = FailureNotice.of(new CannotCreateTransactionException("no connection"), "E-000001");
        FailureNotice bug = FailureNotice.of(new IllegalStateException("bug"), "E-000002");

        assertThat(outage.advice()).contains("Nothing was saved", "try again in a moment");
        assertThat(bug.advice()).contains("E-000002").doesNotContain("bug");
    }
}
