package dev.studyportal.webapp.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.InvitePreview;
import dev.studyportal.core.cohort.InviteProblem;
import dev.studyportal.core.cohort.InviteRefusedException;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;

/**
 * Where an invitation link leads: the cohort's name and what joining means for the person's privacy, with a
 * Join button. Signed-in only; a visitor who is not is sent to log in, and Vaadin's saved request brings them
 * back to this link afterwards. A code that lets nobody in says why, with nothing joined.
 */
@Route("cohorts/join/:" + JoinCohortView.CODE)
@PageTitle("Join a cohort · Study Portal")
@PermitAll
class JoinCohortView extends VerticalLayout implements BeforeEnterObserver {

    static final String CODE = "code";

    final H1 title = new H1("Join a cohort");
    final Paragraph description = new Paragraph();
    final Paragraph visibility = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Button join = new Button("Join");
    final Anchor cohortsLink = new Anchor("cohorts", "Your cohorts");

    private final CohortService cohorts;
    private final String username;
    private String code = "";

    JoinCohortView(CohortService cohorts, CurrentLearner learner) {
        this.cohorts = cohorts;
        this.username = learner.username();
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setDisableOnClick(true);
        join.addClickListener(click -> {
            try {
                CohortNavigation.toCohort(cohorts.join(username, code));
            } catch (InviteRefusedException e) {
                refused(e);
            }
        });
        visibility.addClassName("progress-visibility");
        problem.addClassName("invite-problem");
        setMaxWidth("48rem");
        HorizontalLayout actions = new HorizontalLayout(join, cohortsLink);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(title, description, visibility, problem, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get(CODE).orElse("");
        try {
            InvitePreview preview = cohorts.invitation(username, code);
            title.setText("Join " + preview.cohortName());
            description.setText(preview.description() == null ? "" : preview.description());
            description.setVisible(preview.description() != null);
            visibility.setText(preview.progressVisibility());
            visibility.setVisible(true);
            problem.setVisible(false);
            join.setVisible(true);
            join.setEnabled(true);
        } catch (InviteRefusedException e) {
            refused(e);
        }
    }

    private void refused(InviteRefusedException e) {
        if (e.problem() == InviteProblem.ALREADY_MEMBER && e.cohortId() != null) {
            cohortsLink.setHref(CohortNavigation.cohortAddress(e.cohortId()));
            cohortsLink.setText("Open the cohort");
        }
        title.setText("This invitation does not work");
        description.setVisible(false);
        visibility.setVisible(false);
        problem.setText(e.getMessage());
        problem.setVisible(true);
        join.setVisible(false);
    }
}
