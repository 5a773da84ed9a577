package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.studyportal.core.content.ContentService;
import dev.studyportal.core.content.QuestionFilter;
import dev.studyportal.core.content.QuestionSummary;
import dev.studyportal.core.content.SectionSummary;
import dev.studyportal.webapp.base.markdown.MarkdownRenderer;
import dev.studyportal.webapp.base.ui.MarkdownContent;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/** The bank by section: pick a section, then a question. Questions load lazily, page by page. */
@Route("library")
@PageTitle("Library · Study Portal")
@Menu(title = "Library", order = 2)
@PermitAll
class LibraryView extends HorizontalLayout {

    final Grid<SectionSummary> sections = new Grid<>();
    final Grid<QuestionSummary> questions = new Grid<>();
    final TextField search = new TextField();
    final H2 heading = new H2("All questions");
    final VerticalLayout readingPane = new VerticalLayout();

    private final ContentService content;
    private final MarkdownRenderer markdown;
    private @Nullable Long sectionId;

    LibraryView(ContentService content, MarkdownRenderer markdown) {
        this.content = content;
        this.markdown = markdown;
        setSizeFull();
        addClassName("library");

        sections.addColumn(SectionSummary::title).setHeader("Section").setFlexGrow(1);
        sections.addColumn(section -> section.isReading() ? "Reading" : String.valueOf(section.questionCount()))
                .setHeader("Questions").setAutoWidth(true).setFlexGrow(0);
        sections.setItems(content.sections());
        sections.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        sections.addClassName("library-sections");
        sections.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        sections.setAllRowsVisible(true);

        search.setPlaceholder("Search question titles");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refreshQuestions());
        search.setWidthFull();

        questions.addColumn(question -> question.displayNumber() == null ? "" : question.displayNumber())
                .setHeader("#").setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(QuestionSummary::title).setHeader("Question").setFlexGrow(1);
        questions.addColumn(QuestionSummary::sectionTitle).setHeader("Section").setWidth("12rem").setFlexGrow(0);
        questions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        questions.addItemClickListener(click -> StudyNavigation.toQuestion(click.getItem().id()));
        questions.setEmptyStateText("No question matches. Try fewer words, or another section.");
        refreshQuestions();

        readingPane.setPadding(false);
        readingPane.setVisible(false);

        VerticalLayout main = new VerticalLayout(new H1("Library"), heading, search, readingPane, questions);
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
        // A reading section (Practice Tips) has nothing to list or search: show just its text.
        boolean hasQuestions = section == null || !section.isReading();
        search.setVisible(hasQuestions);
        questions.setVisible(hasQuestions);
        refreshQuestions();
    }

    private void refreshQuestions() {
        QuestionFilter filter = new QuestionFilter(sectionId, search.getValue());
        questions.setItemsPageable(pageable -> content.questions(filter, pageable),
                pageable -> content.countQuestions(filter));
    }
}
