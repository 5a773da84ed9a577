package dev.studyportal.webapp.questionset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.library.LibraryService;
import dev.studyportal.core.questionset.InvalidQuestionSetException;
import dev.studyportal.core.questionset.NoSuchQuestionSetException;
import dev.studyportal.core.questionset.QuestionSet;
import dev.studyportal.core.questionset.QuestionSetDraft;
import dev.studyportal.core.questionset.QuestionSetItem;
import dev.studyportal.core.questionset.QuestionSetService;
import dev.studyportal.core.questionset.QuestionSetSummary;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One set being built: its name and description, its questions in order (moved with the arrows or by
 * dragging, removed, retired ones marked), and the library to add more from.
 */
@Route("sets/:" + QuestionSetView.ID)
@PermitAll
class QuestionSetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final H1 title = new H1();
    final Paragraph summary = new Paragraph();
    final Paragraph missing = new Paragraph("This address does not lead to one of your question sets. It may be "
            + "mistyped, or the set deleted; your sets are listed under Question sets.");
    final TextField name = new TextField("Name");
    final TextField description = new TextField("Description");
    final Button rename = new Button("Save name");
    final Paragraph problem = new Paragraph();
    final Grid<QuestionSetItem> items = new Grid<>();
    final LibraryPicker picker;
    final VerticalLayout content = new VerticalLayout();

    private final QuestionSetService sets;
    private final String username;
    private String pageTitle = "Question set · Study Portal";
    private long setId;
    private List<QuestionSetItem> current = List.of();
    private @Nullable QuestionSetItem dragged;

    QuestionSetView(QuestionSetService sets, LibraryService library, CurrentLearner learner) {
        this.sets = sets;
        this.username = learner.username();
        Button back = new Button("All sets", VaadinIcon.ARROW_LEFT.create(), click -> QuestionSetNavigation.toSets());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        summary.addClassName("set-summary");
        problem.addClassName("set-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);

        name.setMaxLength(QuestionSet.NAME_LENGTH);
        description.setMaxLength(QuestionSet.DESCRIPTION_LENGTH);
        description.setWidth("min(24rem, 100%)");
        rename.addClickListener(click -> saveName());
        HorizontalLayout naming = new HorizontalLayout(name, description, rename);
        naming.setAlignItems(FlexComponent.Alignment.BASELINE);
        naming.setWrap(true);
        naming.setWidthFull();

        items.addColumn(item -> item.position() + 1)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // The question gets most of the width, on a phone as on a desktop; where it comes from, what is left.
        items.addComponentColumn(QuestionSetView::titleOf)
                .setHeader("Question")
                .setWidth("10rem")
                .setFlexGrow(3);
        items.addColumn(item -> item.pageTitle() + " › " + item.sectionTitle())
                .setHeader("Where")
                .setWidth("8rem")
                .setFlexGrow(1);
        items.addComponentColumn(this::actions)
                .setHeader("Order")
                .setAutoWidth(true)
                .setFlexGrow(0);
        items.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        items.setEmptyStateText("No questions yet: find them in the library below and add them.");
        items.setHeight("24rem");
        items.setRowsDraggable(true);
        items.addDragStartListener(event -> {
            dragged = event.getDraggedItems().stream().findFirst().orElse(null);
            items.setDropMode(GridDropMode.BETWEEN);
        });
        items.addDragEndListener(event -> {
            dragged = null;
            items.setDropMode(null);
        });
        items.addDropListener(event -> event.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && !dragged.equals(target)) {
                int to = target.position() + (event.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                move(dragged, to > dragged.position() ? to - 1 : to);
            }
        }));

        picker = new LibraryPicker(library, username, this::questionIds, id -> add(List.of(id)), this::addAll);
        content.setPadding(false);
        content.add(naming, summary, problem, new H2("Questions in this set"), items, picker);
        setMaxWidth("75rem");
        missing.setVisible(false);
        add(back, title, missing, content);
    }

    private static Span titleOf(QuestionSetItem item) {
        String number = item.displayNumber() == null ? "" : item.displayNumber() + ". ";
        Span title = new Span(number + item.title());
        if (item.retired()) {
            Span badge = new Span("retired");
            badge.getElement().getThemeList().add("badge contrast");
            badge.setTitle("The bank has retired this question. It stays in the set; remove it if it should go.");
            badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            title.add(badge);
            title.addClassName("retired");
        }
        return title;
    }

    private HorizontalLayout actions(QuestionSetItem item) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(item, item.position() - 1));
        up.setEnabled(item.position() > 0);
        up.getElement().setAttribute("aria-label", "Move up: " + item.title());
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(item, item.position() + 1));
        down.setEnabled(item.position() < current.size() - 1);
        down.getElement().setAttribute("aria-label", "Move down: " + item.title());
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> remove(item));
        remove.getElement().setAttribute("aria-label", "Remove from the set: " + item.title());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(up, down, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        HorizontalLayout actions = new HorizontalLayout(up, down, remove);
        actions.setSpacing(false);
        return actions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get(ID).flatMap(QuestionSetView::parseId);
        if (id.isEmpty()) {
            showMissing();
            return;
        }
        setId = id.get();
        show(true);
    }

    /** Shows the set as stored now; {@code withForm} also puts its name back in the form. */
    private void show(boolean withForm) {
        QuestionSetSummary set;
        try {
            set = sets.set(username, setId);
            current = sets.questions(username, setId);
        } catch (NoSuchQuestionSetException e) {
            showMissing();
            return;
        }
        title.setText(set.name());
        pageTitle = set.name() + " · Study Portal";
        if (withForm) {
            name.setValue(set.name());
            description.setValue(set.description() == null ? "" : set.description());
        }
        summary.setText(QuestionSetsView.size(set) + ", of at most " + QuestionSet.MAXIMUM_SIZE + ".");
        items.setItems(current);
        picker.refresh();
        content.setVisible(true);
        missing.setVisible(false);
    }

    private void saveName() {
        name.setInvalid(false);
        description.setInvalid(false);
        act(() -> sets.describe(username, setId, new QuestionSetDraft(name.getValue(), description.getValue())));
    }

    private void add(List<Long> questionIds) {
        act(() -> sets.add(username, setId, questionIds));
    }

    private void addAll(LibraryFilter filter) {
        act(() -> sets.addFound(username, setId, filter));
    }

    private void move(QuestionSetItem item, int position) {
        act(() -> sets.move(username, setId, item.questionId(), position));
    }

    private void remove(QuestionSetItem item) {
        act(() -> sets.remove(username, setId, item.questionId()));
    }

    /** Makes a change and shows the set as it is after it; a refusal is shown next to what was refused. */
    private void act(Runnable change) {
        problem.setVisible(false);
        try {
            change.run();
        } catch (InvalidQuestionSetException e) {
            e.errors().forEach((field, message) -> {
                switch (field) {
                    case "name" -> showInvalid(name, message);
                    case "description" -> showInvalid(description, message);
                    default -> {
                        problem.setText(message);
                        problem.setVisible(true);
                    }
                }
            });
            return;
        } catch (NoSuchQuestionSetException e) {
            showMissing();
            return;
        }
        show(false);
    }

    private static void showInvalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private Set<Long> questionIds() {
        return current.stream().map(QuestionSetItem::questionId).collect(Collectors.toSet());
    }

    private void showMissing() {
        title.setText("No such question set");
        pageTitle = "No such question set · Study Portal";
        content.setVisible(false);
        missing.setVisible(true);
    }

    private static Optional<Long> parseId(String text) {
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
