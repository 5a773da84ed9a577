package dev.studyportal.webapp.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.cohort.CohortService;
import dev.studyportal.core.cohort.CohortSummary;
import dev.studyportal.core.cohort.InviteProblem;
import dev.studyportal.core.cohort.InviteRefusedException;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The cohorts a person is in, with their role and size; make a new one, or join one with a code. */
@Route("cohorts")
@PageTitle("Cohorts · Study Portal")
@Menu(title = "Cohorts", order = 4.5, icon = "vaadin:group")
@PermitAll
class CohortsView extends VerticalLayout {

    final TextField code = new TextField("Invitation code");
    final Button join = new Button("Open invitation");
    final Button create = new Button("New cohort", VaadinIcon.PLUS.create());
    final Paragraph onlyInstructors = new Paragraph(
            "On this portal only instructors make cohorts. " + "To join one, paste the invitation code you were sent.");
    final Paragraph empty = new Paragraph(
            "You are in no cohort yet. A cohort is a study group: its owner and "
                    + "instructors hand out question sets with due dates, and members may share their progress with each other.");
    final Grid<CohortSummary> grid = new Grid<>(CohortSummary.class, false);

    private final CohortService cohorts;
    private final String username;
    private final ZoneId zone;
    /** The form last opened, for tests to fill in. */
    @Nullable
    CohortDialog dialog;

    CohortsView(CohortService cohorts, ReviewService reviews, CurrentLearner learner) {
        this.cohorts = cohorts;
        this.username = learner.username();
        this.zone = reviews.timeZone(username);

        code.setPlaceholder("ABCD-EFGH-…");
        code.setHelperText("Or open the invitation link you were sent.");
        code.setClearButtonVisible(true);
        // At most 24rem, and never wider than a phone: the button then wraps below it rather than off the screen.
        code.setWidth("min(24rem, 100%)");
        join.addClickListener(click -> joinByCode());
        join.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(code);
        HorizontalLayout joining = new HorizontalLayout(code, join);
        joining.setAlignItems(FlexComponent.Alignment.BASELINE);
        joining.setWrap(true);
        joining.setWidthFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> open());
        boolean mayCreate = cohorts.mayCreate(username);
        create.setVisible(mayCreate);
        onlyInstructors.setVisible(!mayCreate);

        grid.addComponentColumn(cohort -> {
                    Anchor link = new Anchor(CohortNavigation.cohortAddress(cohort.id()), cohort.name());
                    link.addClassName("cohort-name");
                    return link;
                })
                .setHeader("Cohort")
                .setFlexGrow(2);
        grid.addColumn(cohort -> RoleLabels.label(cohort.role())).setHeader("Your role");
        grid.addColumn(CohortSummary::members).setHeader("Members");
        grid.addColumn(cohort -> cohort.archived() ? "Archived" : cohort.sharing() ? "You share" : "Not sharing")
                .setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        add(new H1("Cohorts"), create, onlyInstructors, empty, grid, new H2("Join a cohort"), joining);
        refresh();
    }

    /** A good code leads to its invitation's page, which says who sees what before the person joins. */
    private void joinByCode() {
        try {
            cohorts.invitation(username, code.getValue());
            code.setInvalid(false);
            CohortNavigation.toJoin(code.getValue());
        } catch (InviteRefusedException e) {
            if (e.problem() == InviteProblem.ALREADY_MEMBER && e.cohortId() != null) {
                CohortNavigation.toCohort(e.cohortId());
                return;
            }
            code.setErrorMessage(e.getMessage());
            code.setInvalid(true);
        }
    }

    void open() {
        CohortDialog form = new CohortDialog(cohorts, username, null, zone, CohortNavigation::toCohort);
        dialog = form;
        form.open();
    }

    private void refresh() {
        List<CohortSummary> mine = cohorts.cohorts(username);
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }
}
