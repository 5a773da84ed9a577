package dev.studyportal.webapp.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessPanelTest {

    @Test
    void one_minute_is_singular_and_every_other_count_plural() {
        assertThat(ReadinessPanel.minutes(1)).isEqualTo("1 minute");
        assertThat(ReadinessPanel.minutes(0)).isEqualTo("0 minutes");
        assertThat(ReadinessPanel.minutes(12)).isEqualTo("12 minutes");
    }
}
