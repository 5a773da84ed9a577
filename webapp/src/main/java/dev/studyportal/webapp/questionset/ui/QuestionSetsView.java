package dev.studyportal.webapp.questionset.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.questionset.InvalidQuestionSetException;
import dev.studyportal.core.questionset.NoSuchQuestionSetException;
import dev.studyportal.core.questionset.QuestionSet;
import dev.studyportal.core.questionset.QuestionSetDraft;
import dev.studyportal.core.questionset.QuestionSetInUseException;
import dev.studyportal.core.questionset.QuestionSetService;
import dev.studyportal.core.questionset.QuestionSetSummary;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A person's question sets: start one, open one to build it, delete one that no cohort has assigned. */
@Route("sets")
@PageTitle("Question sets · Study Portal")
@Menu(title = "Question sets", order = 4.7, icon = "vaadin:list-ol")
@PermitAll
class QuestionSetsView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    final TextField name = new TextField("New set");
    final Button create = new Button("Create set", VaadinIcon.PLUS.create());
    final Paragraph empty = new Paragraph("No question sets yet. A set is your own ordered selection of questions "
            + "from the library; give it a name to start, then add questions to it. Only you see your sets, until "
            + "you assign one to a cohort you teach.");
    final Grid<QuestionSetSummary> grid = new Grid<>(QuestionSetSummary.class, false);

    private final QuestionSetService sets;
    private final String username;
    private final ZoneId zone;

    QuestionSetsView(QuestionSetService sets, ReviewService reviews, CurrentLearner learner) {
        this.sets = sets;
        this.username = learner.username();
        this.zone = reviews.timeZone(username);

        name.addClassName("set-name-field");
        name.setPlaceholder("For example: ML fundamentals");
        name.setMaxLength(QuestionSet.NAME_LENGTH);
        // 20rem, or the phone's width: the button then wraps below rather than off the screen.
        name.setWidth("min(20rem, 100%)");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        create.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setWidthFull();

        grid.addComponentColumn(set -> {
                    Anchor link = new Anchor(QuestionSetNavigation.setAddress(set.id()), set.name());
                    link.addClassName("set-name");
                    return link;
                })
                .setHeader("Set")
                .setFlexGrow(2)
                .setWidth("10rem");
        grid.addColumn(QuestionSetsView::size).setHeader("Questions").setAutoWidth(true);
        grid.addColumn(set -> DAY.format(set.updatedAt().atZone(zone)))
                .setHeader("Changed")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        setMaxWidth("70rem");
        add(new H1("Question sets"), form, empty, grid);
        refresh();
    }

    static String size(QuestionSetSummary set) {
        String questions = set.size() == 1 ? "1 question" : set.size() + " questions";
        return set.retired() == 0 ? questions : questions + " (" + set.retired() + " retired)";
    }

    private void create() {
        try {
            long id = sets.create(username, new QuestionSetDraft(name.getValue(), null));
            QuestionSetNavigation.toSet(id);
        } catch (InvalidQuestionSetException e) {
            name.setErrorMessage(e.errors().get("name"));
            name.setInvalid(true);
        }
    }

    private Button actions(QuestionSetSummary set) {
        Button delete = new Button("Delete", click -> confirmDelete(set));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.getElement().setAttribute("aria-label", "Delete " + set.name());
        return delete;
    }

    private void confirmDelete(QuestionSetSummary set) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete " + set.name() + "?",
                "The set and its order go; the questions stay in the bank, and your reviews with them.",
                "Delete",
                event -> delete(set));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void delete(QuestionSetSummary set) {
        try {
            sets.delete(username, set.id());
            Notification.show("Deleted " + set.name() + ".");
        } catch (QuestionSetInUseException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (NoSuchQuestionSetException e) {
            Notification.show("That set is gone already: it may have been deleted in another window.");
        }
        refresh();
    }

    private void refresh() {
        List<QuestionSetSummary> mine = sets.sets(username);
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }
}
