package dev.studyportal.webapp.assignment.ui;

import com.vaadin.flow.component.Component;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.assignment.ClassAnalyticsService;
import dev.studyportal.core.cohort.CohortBoard;
import dev.studyportal.webapp.cohort.ui.CohortSection;
import dev.studyportal.webapp.security.CurrentLearner;
import java.time.Clock;
import org.springframework.core.annotation.Order;

/**
 * Puts the cohort's assignments on its page, between the members and the feed. The panel calls its guarded
 * services in the signed-in person's name, so what it shows is what that person may see there.
 */
@org.springframework.stereotype.Component
@Order(10)
class AssignmentsCohortSection implements CohortSection {

    private final AssignmentService assignments;
    private final ClassAnalyticsService analytics;
    private final CurrentLearner learner;
    private final Clock clock;

    AssignmentsCohortSection(
            AssignmentService assignments, ClassAnalyticsService analytics, CurrentLearner learner, Clock clock) {
        this.assignments = assignments;
        this.analytics = analytics;
        this.learner = learner;
        this.clock = clock;
    }

    @Override
    public Component create(CohortBoard board) {
        return new CohortAssignmentsPanel(assignments, analytics, learner.username(), board.id(), clock);
    }
}
