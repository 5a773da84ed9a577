package dev.studyportal.webapp.questionset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.studyportal.core.library.LibraryEntry;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.library.LibraryService;
import dev.studyportal.webapp.study.ui.LibraryFilters;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The library's own search and filters, with its results to add to a set one by one or all at once. It reads
 * through the library service, so that a set is built from exactly what the library shows.
 */
class LibraryPicker extends VerticalLayout {

    final LibraryFilters filters;
    final Grid<LibraryEntry> results = new Grid<>();
    final Button addAll = new Button();

    private final LibraryService library;
    private final String username;
    private final Supplier<Set<Long>> inSet;
    private final Consumer<Long> onAdd;
    private long found;

    LibraryPicker(
            LibraryService library,
            String username,
            Supplier<Set<Long>> inSet,
            Consumer<Long> onAdd,
            Consumer<LibraryFilter> onAddAll) {
        this.library = library;
        this.username = username;
        this.inSet = inSet;
        this.onAdd = onAdd;
        setPadding(false);
        addClassName("library-picker");

        filters = new LibraryFilters(library.pages(), library.tags(), filter -> refresh());
        addAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAll.addClickListener(click -> onAddAll.accept(filters.filter()));

        results.addColumn(entry -> entry.displayNumber() == null ? "" : entry.displayNumber())
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        results.addColumn(LibraryEntry::title)
                .setHeader("Question")
                .setWidth("10rem")
                .setFlexGrow(3);
        results.addColumn(entry -> entry.pageTitle() + " › " + entry.sectionTitle())
                .setHeader("Where")
                .setWidth("8rem")
                .setFlexGrow(1);
        results.addComponentColumn(this::addButton)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        results.setEmptyStateText("No question matches. Try fewer words, or clear a filter.");
        results.setHeight("28rem");

        add(new H2("Add from the library"), filters, addAll, results);
        refresh();
    }

    private Button addButton(LibraryEntry entry) {
        boolean added = inSet.get().contains(entry.id());
        Button button = new Button(added ? "In the set" : "Add", click -> onAdd.accept(entry.id()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(!added);
        button.getElement().setAttribute("aria-label", (added ? "In the set: " : "Add ") + entry.title());
        return button;
    }

    /** Runs the search again, and redraws which results are already in the set. */
    void refresh() {
        LibraryFilter filter = filters.filter();
        found = library.count(username, filter);
        addAll.setText(found == 1 ? "Add the 1 question shown" : "Add all " + found + " shown");
        addAll.setEnabled(found > 0);
        results.setItemsPageable(pageable -> library.find(username, filter, pageable), pageable -> found);
    }
}
