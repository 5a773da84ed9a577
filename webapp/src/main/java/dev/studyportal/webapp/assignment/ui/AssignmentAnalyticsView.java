package dev.studyportal.webapp.assignment.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.studyportal.core.assignment.AssignmentState;
import dev.studyportal.core.assignment.AssignmentSummary;
import dev.studyportal.core.assignment.CellStatus;
import dev.studyportal.core.assignment.ClassAnalytics;
import dev.studyportal.core.assignment.ClassAnalyticsService;
import dev.studyportal.core.assignment.FadingQuestion;
import dev.studyportal.core.assignment.HardQuestion;
import dev.studyportal.core.assignment.MemberProgress;
import dev.studyportal.core.assignment.NoSuchAssignmentException;
import dev.studyportal.core.assignment.ProgressMatrix;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.cohort.NoSuchCohortException;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One assignment's class analytics, for the cohort's owners and instructors: the progress matrix (lazy, a page of
 * members at a time, colours with letters, a legend and a CSV), who is behind, hardest questions, and questions
 * the class is about to forget. A member who opens it sees only where they stand; anyone else, "No such
 * assignment".
 */
@Route("cohorts/:" + AssignmentAnalyticsView.COHORT + "/assignments/:" + AssignmentAnalyticsView.ASSIGNMENT)
@PermitAll
class AssignmentAnalyticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COHORT = "cohortId";
    static final String ASSIGNMENT = "assignmentId";
    static final int PAGE = 50;

    final H1 title = new H1("Assignment");
    final Paragraph details = new Paragraph();
    final Paragraph states = new Paragraph();
    final Paragraph refusal = new Paragraph();
    final Paragraph own = new Paragraph();
    final Grid<MemberProgress> behind = new Grid<>();
    final Paragraph nobodyBehind = new Paragraph();
    final Grid<HardQuestion> hardest = new Grid<>();
    final Grid<FadingQuestion> fading = new Grid<>();
    final Paragraph nothingFading = new Paragraph();
    final Grid<ProgressMatrix.Row> matrix = new Grid<>();
    final Anchor csv = new Anchor();
    private final VerticalLayout teacherPart = new VerticalLayout();

    private final ClassAnalyticsService analytics;
    private final String username;
    private String pageTitle = "Assignment · Study Portal";

    AssignmentAnalyticsView(ClassAnalyticsService analytics, CurrentLearner learner) {
        this.analytics = analytics;
        this.username = learner.username();
        setMaxWidth("100rem");
        refusal.setVisible(false);
        own.setVisible(false);
        own.addClassName("own-progress");
        teacherPart.setPadding(false);
        teacherPart.setVisible(false);
        add(title, refusal, own, teacherPart);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId;
        long assignmentId;
        try {
            cohortId = id(event.getRouteParameters().get(COHORT).orElse(""));
            assignmentId = id(event.getRouteParameters().get(ASSIGNMENT).orElse(""));
        } catch (IllegalArgumentException notAnId) {
            refuse();
            return;
        }
        addComponentAtIndex(0, new Anchor("cohorts/" + cohortId, "Back to the cohort"));
        try {
            show(cohortId, assignmentId, analytics.analytics(username, cohortId, assignmentId));
        } catch (CohortPermissionException onlyAMember) {
            showOwn(cohortId, assignmentId);
        } catch (NoSuchCohortException | NoSuchAssignmentException notThere) {
            refuse();
        }
    }

    private void showOwn(long cohortId, long assignmentId) {
        try {
            MemberProgress mine = analytics.ownProgress(username, cohortId, assignmentId);
            title.setText("Your progress");
            own.setText("The class's progress is for the cohort's owners and instructors. You: "
                    + StatusCell.state(
                            mine.state(),
                            mine.counts().counting(),
                            mine.counts().questions()) + " questions count.");
            own.setVisible(true);
        } catch (NoSuchCohortException | NoSuchAssignmentException notThere) {
            refuse();
        }
    }

    private void refuse() {
        title.setText("No such assignment");
        refusal.setText("There is no such assignment in a cohort of yours. It may have been withdrawn.");
        refusal.setVisible(true);
        pageTitle = "No such assignment · Study Portal";
    }

    private void show(long cohortId, long assignmentId, ClassAnalytics figures) {
        AssignmentSummary assignment = figures.assignment();
        pageTitle = assignment.setName() + " · Study Portal";
        title.setText(assignment.setName());
        details.setText("Due %s, at the end of the day in %s. %d %s, %d %s.%s"
                .formatted(
                        CohortAssignmentsPanel.DAY.format(assignment.dueDate()),
                        assignment.zone().getId(),
                        figures.members(),
                        figures.members() == 1 ? "member" : "members",
                        assignment.questions(),
                        assignment.questions() == 1 ? "question" : "questions",
                        assignment.note() == null ? "" : " Note: " + assignment.note()));
        states.setText(java.util.Arrays.stream(AssignmentState.values())
                .map(state -> state.label() + ": " + figures.states().get(state))
                .collect(Collectors.joining(" · ")));
        states.addClassName("assignment-states");

        behind.addColumn(MemberProgress::displayName).setHeader("Member");
        behind.addColumn(member -> "%d of %d"
                        .formatted(member.counts().counting(), member.counts().questions()))
                .setHeader("Questions counting");
        behind.setItems(figures.behind());
        behind.setAllRowsVisible(true);
        behind.setVisible(!figures.behind().isEmpty());
        nobodyBehind.setText("Nobody is behind.");
        nobodyBehind.setVisible(figures.behind().isEmpty());

        // The question keeps a readable width and wraps; on a phone the figures scroll beside it.
        hardest.addColumn(HardQuestion::title)
                .setHeader("Question")
                .setWidth("12rem")
                .setFlexGrow(4);
        hardest.addColumn(HardQuestion::learners).setHeader("Learners").setTextAlign(ColumnTextAlign.END);
        hardest.addColumn(question -> percent(question.againShare()))
                .setHeader("Again")
                .setTextAlign(ColumnTextAlign.END);
        hardest.addColumn(question -> percent(question.lapseRate()))
                .setHeader("Lapses per rating")
                .setTextAlign(ColumnTextAlign.END);
        hardest.addColumn(question ->
                        question.averageStability() == null ? "—" : "%.1f days".formatted(question.averageStability()))
                .setHeader("Stability")
                .setTextAlign(ColumnTextAlign.END);
        hardest.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        hardest.setItems(figures.hardest());
        hardest.setAllRowsVisible(true);

        fading.addColumn(FadingQuestion::title)
                .setHeader("Question")
                .setWidth("12rem")
                .setFlexGrow(4);
        fading.addColumn(FadingQuestion::learners).setHeader("Learners").setTextAlign(ColumnTextAlign.END);
        fading.addColumn(question -> percent(question.retrievabilityNow()))
                .setHeader("Recall now")
                .setTextAlign(ColumnTextAlign.END);
        fading.addColumn(question -> percent(question.retrievabilityLater()))
                .setHeader("In 7 days")
                .setTextAlign(ColumnTextAlign.END);
        fading.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        fading.setItems(figures.aboutToForget());
        fading.setAllRowsVisible(true);
        fading.setVisible(!figures.aboutToForget().isEmpty());
        nothingFading.setText("No question falls below 80% recall within 7 days.");
        nothingFading.setVisible(figures.aboutToForget().isEmpty());

        buildMatrix(cohortId, assignmentId, figures.members());
        csv.setText("Download the matrix as CSV");
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = analytics.matrixCsv(username, cohortId, assignmentId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    "assignment-" + assignmentId + "-progress.csv",
                    "text/csv;charset=UTF-8",
                    bytes.length);
        }));

        teacherPart.add(
                details,
                states,
                new H2("Progress"),
                legend(),
                csv,
                matrix,
                new H2("Behind before the due date"),
                new Paragraph(
                        "Behind: not done, with a smaller share of the questions counting than the share of the time"
                                + " from assignment to due date that has passed."),
                nobodyBehind,
                behind,
                new H2("Hardest questions"),
                hardest,
                new H2("About to forget"),
                new Paragraph("Questions whose average chance of recall across the members who studied them falls below"
                        + " 80% within 7 days."),
                nothingFading,
                fading);
        teacherPart.setVisible(true);
    }

    private void buildMatrix(long cohortId, long assignmentId, int members) {
        List<ProgressMatrix.Column> columns =
                analytics.matrix(username, cohortId, assignmentId, 0, 1).questions();
        matrix.addColumn(row -> row.member().displayName())
                .setHeader("Member")
                .setFrozen(true)
                .setAutoWidth(true);
        matrix.addColumn(row -> StatusCell.state(
                        row.member().state(),
                        row.member().counts().counting(),
                        row.member().counts().questions()))
                .setHeader("State")
                .setAutoWidth(true);
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            ProgressMatrix.Column column = columns.get(i);
            String name = column.number().isEmpty() ? column.title() : column.number() + " " + column.title();
            Span header = new Span(String.valueOf(i + 1));
            header.getElement().setAttribute("title", name);
            header.getElement().setAttribute("aria-label", "Question " + name);
            matrix.addComponentColumn(row ->
                            StatusCell.of(row.cells().get(index), row.member().displayName(), name))
                    // The letter's 1.6em swatch and the cell's padding: narrower, the letter ends in "…".
                    .setHeader(header)
                    .setWidth("4.2em")
                    .setFlexGrow(0)
                    .setTextAlign(ColumnTextAlign.CENTER);
        }
        matrix.setItems(
                query ->
                        analytics
                                .matrix(username, cohortId, assignmentId, query.getOffset(), query.getLimit())
                                .rows()
                                .stream(),
                query -> analytics.countMembers(username, cohortId, assignmentId));
        matrix.setPageSize(PAGE);
        // A class of a page of members shows whole; a larger one scrolls within the grid, which loads what shows.
        if (members <= PAGE) {
            matrix.setAllRowsVisible(true);
        } else {
            matrix.setHeight("28rem");
        }
        matrix.addClassName("progress-matrix");
    }

    /** The colours with their letters and names: the text alternative every cell also carries. */
    private static FlexLayout legend() {
        FlexLayout legend = new FlexLayout();
        legend.addClassName("matrix-legend");
        legend.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        legend.getStyle().set("gap", "var(--lumo-space-m)");
        for (CellStatus status : CellStatus.values()) {
            Span entry = new Span(StatusCell.swatch(status), new Span(" " + status.label()));
            legend.add(entry);
        }
        return legend;
    }

    private static String percent(@Nullable Double share) {
        return share == null ? "—" : "%.0f%%".formatted(share * 100);
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnId) {
            throw new IllegalArgumentException("Not an id: " + text);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
