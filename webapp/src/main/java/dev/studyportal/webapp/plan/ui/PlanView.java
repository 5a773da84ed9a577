package dev.studyportal.webapp.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.plan.NoSuchPlanException;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.PlanSummary;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** One plan: its pace, its readiness on the interview date, and the way into reviewing it alone. */
@Route("plans/:" + PlanView.ID)
@PermitAll
class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final H1 title = new H1();
    final Paragraph pace = new Paragraph();
    final Paragraph scope = new Paragraph();
    final Button review = new Button("Review this plan only");
    final Button edit = new Button("Edit");
    final Button back = new Button("All plans", click -> PlanNavigation.toPlans());
    final ReadinessPanel readiness = new ReadinessPanel();

    private final PlanService plans;
    private final ReviewService reviews;
    private final String username;
    private final Clock clock;
    private String pageTitle = "Study plan · Study Portal";
    private long planId;

    PlanView(PlanService plans, ReviewService reviews, CurrentLearner learner, Clock clock) {
        this.plans = plans;
        this.reviews = reviews;
        this.username = learner.username();
        this.clock = clock;
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.addClickListener(click -> PlanNavigation.toReviewOf(planId));
        edit.addClickListener(
                click -> new PlanDialog(plans, username, plans.plan(username, planId), today(), id -> show(id)).open());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        pace.addClassName("plan-pace");
        setMaxWidth("70rem");
        add(back, title, pace, scope, new HorizontalLayout(review, edit), readiness);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get(ID).flatMap(PlanView::planId);
        if (id.isEmpty()) {
            showMissing();
            return;
        }
        show(id.get());
    }

    private void show(long id) {
        PlanSummary plan;
        try {
            plan = plans.plan(username, id);
        } catch (NoSuchPlanException e) {
            showMissing();
            return;
        }
        planId = id;
        title.setText(plan.name());
        pageTitle = plan.name() + " · Study Portal";
        pace.setText(
                plan.archived() ? "Archived: this plan is out of Today's agenda until you restore it." : plan.pace());
        scope.setText("%d %s in scope, %d not studied yet."
                .formatted(plan.questions(), plan.questions() == 1 ? "question" : "questions", plan.newLeft()));
        review.setVisible(!plan.archived());
        edit.setVisible(true);
        scope.setVisible(true);
        readiness.show(plan, plans.readiness(username, id).orElse(null));
    }

    private void showMissing() {
        title.setText("No such plan");
        pageTitle = "No such plan · Study Portal";
        pace.setText("This address does not lead to one of your plans. It may be mistyped, or the plan deleted.");
        scope.setVisible(false);
        review.setVisible(false);
        edit.setVisible(false);
        readiness.setVisible(false);
    }

    private LocalDate today() {
        return clock.instant().atZone(reviews.timeZone(username)).toLocalDate();
    }

    private static Optional<Long> planId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
