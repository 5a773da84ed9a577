package dev.studyportal.webapp.cohort.ui;

import com.vaadin.flow.component.Component;
import dev.studyportal.core.cohort.CohortBoard;

/**
 * A section another feature adds to a cohort's page (the assignments feature: its list and, for owners and
 * instructors, their progress), below the members and above the feed. Declare an implementation as a Spring
 * bean; the page asks every one, in {@link org.springframework.core.annotation.Order} order, each time it
 * shows a cohort. The section calls its own guarded services in the signed-in person's name.
 */
public interface CohortSection {

    /** The section for this cohort as the signed-in person sees it; built anew on each visit. */
    Component create(CohortBoard board);
}
