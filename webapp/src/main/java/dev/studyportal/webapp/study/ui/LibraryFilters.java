package dev.studyportal.webapp.study.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.library.PageOption;
import dev.studyportal.core.review.CardStatus;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The library's search box and filters; tells the view whenever the filter changes. Public so that other
 * features that pick questions from the library (question sets) search it the same way.
 */
public class LibraryFilters extends FlexLayout {

    final TextField search = new TextField();
    final Select<CardStatus> status = new Select<>();
    final ComboBox<PageOption> page = new ComboBox<>();
    final ComboBox<String> tag = new ComboBox<>();
    final Checkbox bookmarked = new Checkbox("Bookmarked");
    final Checkbox changed = new Checkbox("Changed since I last reviewed");

    public LibraryFilters(List<PageOption> pages, List<String> tags, Consumer<LibraryFilter> onChange) {
        addClassName("library-filters");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);

        search.setPlaceholder("Search titles and answers");
        search.setAriaLabel("Search titles and answers");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("16rem");

        status.setPlaceholder("Any status");
        status.setAriaLabel("Status");
        status.setItems(CardStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(value -> value == null ? "Any status" : label(value));

        page.setPlaceholder("Any page");
        page.setAriaLabel("Page");
        page.setItems(pages);
        page.setItemLabelGenerator(PageOption::title);
        page.setClearButtonVisible(true);
        page.setVisible(pages.size() > 1);

        tag.setPlaceholder("Any tag");
        tag.setAriaLabel("Tag");
        tag.setItems(tags);
        tag.setClearButtonVisible(true);
        tag.setVisible(!tags.isEmpty());

        add(search, status, page, tag, bookmarked, changed);
        search.addValueChangeListener(event -> onChange.accept(filter()));
        status.addValueChangeListener(event -> onChange.accept(filter()));
        page.addValueChangeListener(event -> onChange.accept(filter()));
        tag.addValueChangeListener(event -> onChange.accept(filter()));
        bookmarked.addValueChangeListener(event -> onChange.accept(filter()));
        changed.addValueChangeListener(event -> onChange.accept(filter()));
    }

    public LibraryFilter filter() {
        PageOption chosenPage = page.getValue();
        return LibraryFilter.all()
                .matching(search.getValue())
                .withStatus(status.getValue())
                .onPage(chosenPage == null ? null : chosenPage.id())
                .tagged(tag.getValue())
                .bookmarked(bookmarked.getValue())
                .changed(changed.getValue());
    }

    public static String label(CardStatus status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
