package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.content.SectionSummary;
import dev.studyportal.core.library.LibraryEntry;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.library.LibraryService;
import dev.studyportal.webapp.base.markdown.MarkdownRenderer;
import dev.studyportal.webapp.base.ui.MarkdownContent;
import dev.studyportal.webapp.security.CurrentLearner;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * The bank by section, with the learner's own status on every question. Search and filters narrow
 * the list; questions load lazily, page by page.
 */
@Route("library")
@PageTitle("Library · Study Portal")
@Menu(title = "Library", order = 2, icon = "vaadin:book")
@PermitAll
class LibraryView extends HorizontalLayout {

    final Grid<SectionSummary> sections = new Grid<>();
    final Grid<LibraryEntry> questions = new Grid<>();
    final LibraryFilters filters;
    final H2 heading = new H2("All questions");
    final VerticalLayout readingPane = new VerticalLayout();

    private final LibraryService library;
    private final MarkdownRenderer markdown;
    private final String username;
    private @Nullable Long sectionId;

    LibraryView(ContentService content, LibraryService library, MarkdownRenderer markdown, CurrentLearner learner) {
        this.library = library;
        this.markdown = markdown;
        this.username = learner.username();
        setSizeFull();
        addClassName("library");

        sections.addColumn(SectionSummary::title).setHeader("Section").setFlexGrow(1);
        sections.addColumn(section -> section.isReading() ? "Reading" : String.valueOf(section.questionCount()))
                .setHeader("Questions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        sections.setItems(content.sections());
        sections.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        sections.addClassName("library-sections");
        sections.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        sections.setAllRowsVisible(true);

        filters = new LibraryFilters(library.pages(), library.tags(), filter -> refreshQuestions());

        questions
                .addColumn(question -> question.displayNumber() == null ? "" : question.displayNumber())
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        questions.addColumn(LibraryEntry::title).setHeader("Question").setFlexGrow(1);
        questions
                .addColumn(new ComponentRenderer<>(LibraryView::statusBadge))
                .setHeader("Status")
                .setWidth("9rem")
                .setFlexGrow(0);
        questions
                .addColumn(LibraryEntry::sectionTitle)
                .setHeader("Section")
                .setWidth("12rem")
                .setFlexGrow(0);
        questions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        questions.addItemClickListener(
                click -> StudyNavigation.toQuestion(click.getItem().id()));
        questions.setEmptyStateText("No question matches. Try fewer words, another section, or clear a filter.");
        refreshQuestions();

        readingPane.setPadding(false);
        readingPane.setVisible(false);

        VerticalLayout main = new VerticalLayout(new H1("Library"), heading, filters, readingPane, questions);
        main.setSizeFull();
        main.addClassName("library-main");
        main.setAlignItems(FlexComponent.Alignment.STRETCH);
        main.setFlexGrow(1, questions);
        add(sections, main);
        setFlexGrow(1, main);
    }

    private void show(@Nullable SectionSummary section) {
        sectionId = section == null ? null : section.id();
        heading.setText(section == null ? "All questions" : section.title());
        readingPane.removeAll();
        String reading = section == null ? null : section.readingBody();
        readingPane.setVisible(reading != null);
        if (reading != null) {
            readingPane.add(new MarkdownContent(markdown.toSafeHtml(reading)));
        }
        // A reading section (Practice Tips) has nothing to list or filter: show just its text.
        boolean hasQuestions = section == null || !section.isReading();
        filters.setVisible(hasQuestions);
        questions.setVisible(hasQuestions);
        refreshQuestions();
    }

    private void refreshQuestions() {
        LibraryFilter filter = filters.filter().inSection(sectionId);
        questions.setItemsPageable(
                pageable -> library.find(username, filter, pageable), pageable -> library.count(username, filter));
    }

    private static Span statusBadge(LibraryEntry entry) {
        Span badge = new Span(LibraryFilters.label(entry.status()));
        badge.addClassNames("status-badge", "status-" + entry.status().name().toLowerCase(java.util.Locale.ROOT));
        if (entry.changedSinceLastReview()) {
            badge.setText(badge.getText() + " · changed");
            badge.setTitle("Changed since you last reviewed it");
        }
        if (entry.bookmarked()) {
            var icon = VaadinIcon.BOOKMARK.create();
            icon.setSize("0.9em");
            icon.getElement().setAttribute("aria-label", "Bookmarked");
            badge.add(icon);
        }
        return badge;
    }
}
