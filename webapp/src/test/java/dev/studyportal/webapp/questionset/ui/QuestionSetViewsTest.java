package dev.studyportal.webapp.questionset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.library.LibraryService;
import dev.studyportal.core.questionset.QuestionSetDraft;
import dev.studyportal.core.questionset.QuestionSetItem;
import dev.studyportal.core.questionset.QuestionSetService;
import dev.studyportal.webapp.PortalTest;
import dev.studyportal.webapp.TestLearners;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@PortalTest
@WithMockUser(username = "set-builder", roles = "LEARNER")
class QuestionSetViewsTest extends SpringBrowserlessTest {

    static final String ME = "set-builder";

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionSetService sets;

    @Autowired
    LibraryService library;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aBuilderWithNoSetsAndSomeoneElseWithOne() {
        TestLearners.ensure(accounts, ME);
        TestLearners.ensure(accounts, "set-someone-else");
        jdbc.update("DELETE FROM question_set_item WHERE set_id IN (SELECT qs.id FROM question_set qs"
                + " JOIN user_account u ON u.id = qs.user_account_id WHERE u.username LIKE 'set-%')");
        jdbc.update(
                "DELETE FROM question_set WHERE user_account_id IN (SELECT id FROM user_account WHERE username LIKE 'set-%')");
    }

    @Test
    void a_set_is_made_by_name_and_opens_to_be_built() {
        QuestionSetsView view = navigate(QuestionSetsView.class);
        assertThat(view.empty.isVisible()).isTrue();

        test(view.name).setValue("ML fundamentals");
        test(view.create).click();

        QuestionSetView built = (QuestionSetView) getCurrentView();
        assertThat(built.title.getText()).isEqualTo("ML fundamentals");
        assertThat(built.summary.getText()).isEqualTo("0 questions, of at most 500.");
        QuestionSetsView list = navigate(QuestionSetsView.class);
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(((Anchor) test(list.grid).getCellComponent(0, 0)).getHref())
                .isEqualTo("sets/" + sets.sets(ME).getFirst().id());
    }

    @Test
    void a_set_without_a_name_is_refused_next_to_the_field() {
        QuestionSetsView view = navigate(QuestionSetsView.class);

        test(view.create).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Give the set a name.");
        assertThat(sets.sets(ME)).isEmpty();
    }

    @Test
    void questions_found_in_the_library_are_added_one_by_one_or_all_at_once_and_reordered() {
        long id = sets.create(ME, new QuestionSetDraft("Attention", null));
        QuestionSetView view = navigate(QuestionSetNavigation.setAddress(id), QuestionSetView.class);
        long found = library.count(ME, LibraryFilter.all());
        assertThat(found).isGreaterThan(2);
        assertThat(view.picker.addAll.getText()).isEqualTo("Add all " + found + " shown");

        test((Button) test(view.picker.results).getCellComponent(0, 3)).click();
        assertThat(test(view.items).size()).isEqualTo(1);
        assertThat(((Button) test(view.picker.results).getCellComponent(0, 3)).getText())
                .isEqualTo("In the set");

        test(view.picker.addAll).click();
        List<QuestionSetItem> items = sets.questions(ME, id);
        assertThat(items).hasSize((int) found);
        assertThat(test(view.items).size()).isEqualTo((int) found);
        assertThat(view.summary.getText()).isEqualTo(found + " questions, of at most 500.");

        long second = items.get(1).questionId();
        HorizontalLayout order = (HorizontalLayout) test(view.items).getCellComponent(1, 3);
        test((Button) order.getComponentAt(0)).click();
        assertThat(sets.questions(ME, id).getFirst().questionId()).isEqualTo(second);
        order = (HorizontalLayout) test(view.items).getCellComponent(0, 3);
        test((Button) order.getComponentAt(2)).click();
        assertThat(sets.questions(ME, id))
                .hasSize((int) found - 1)
                .extracting(QuestionSetItem::questionId)
                .doesNotContain(second);
    }

    @Test
    void a_search_that_finds_nothing_offers_nothing_to_add() {
        long id = sets.create(ME, new QuestionSetDraft("Nothing", null));
        QuestionSetView view = navigate(QuestionSetNavigation.setAddress(id), QuestionSetView.class);

        test($(TextField.class, view.picker.filters).first()).setValue("zzqxnothingmatches");

        assertThat(test(view.picker.results).size()).isZero();
        assertThat(view.picker.addAll.getText()).isEqualTo("Add all 0 shown");
        assertThat(view.picker.addAll.isEnabled()).isFalse();
    }

    @Test
    void a_question_retired_while_the_page_was_open_is_refused_with_a_message_and_nothing_added() {
        long id = sets.create(ME, new QuestionSetDraft("Late", null));
        QuestionSetView view = navigate(QuestionSetNavigation.setAddress(id), QuestionSetView.class);
        long question = test(view.picker.results).getRow(0).id();
        Button add = (Button) test(view.picker.results).getCellComponent(0, 3);
        jdbc.update("UPDATE question SET retired = TRUE WHERE id = ?", question);
        try {
            test(add).click();

            assertThat(view.problem.isVisible()).isTrue();
            assertThat(view.problem.getText())
                    .startsWith("One of these questions has been retired from the question bank");
            assertThat(sets.questions(ME, id)).isEmpty();
        } finally {
            jdbc.update("UPDATE question SET retired = FALSE WHERE id = ?", question);
        }
    }

    @Test
    void a_retired_question_stays_in_the_set_marked_retired() {
        long id = sets.create(ME, new QuestionSetDraft("Kept", null));
        long question = library.find(ME, LibraryFilter.all(), PageRequest.of(0, 1))
                .getFirst()
                .id();
        sets.add(ME, id, List.of(question));
        jdbc.update("UPDATE question SET retired = TRUE WHERE id = ?", question);
        try {
            QuestionSetView view = navigate(QuestionSetNavigation.setAddress(id), QuestionSetView.class);

            assertThat(test(view.items).getCellComponent(0, 1).getElement().getTextRecursively())
                    .endsWith("retired");
            assertThat(view.summary.getText()).isEqualTo("1 question (1 retired), of at most 500.");
        } finally {
            jdbc.update("UPDATE question SET retired = FALSE WHERE id = ?", question);
        }
    }

    @Test
    void a_rename_is_saved_and_a_blank_one_refused_next_to_the_field() {
        long id = sets.create(ME, new QuestionSetDraft("Draft", null));
        QuestionSetView view = navigate(QuestionSetNavigation.setAddress(id), QuestionSetView.class);

        test(view.name).setValue("Week one");
        test(view.rename).click();
        assertThat(view.title.getText()).isEqualTo("Week one");

        test(view.name).setValue(" ");
        test(view.rename).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Give the set a name.");
        assertThat(sets.set(ME, id).name()).isEqualTo("Week one");
    }

    @Test
    void someone_elses_set_by_id_is_no_such_set() {
        long theirs = TestLearners.asLearner(
                "set-someone-else", () -> sets.create("set-someone-else", new QuestionSetDraft("Theirs", null)));

        QuestionSetView view = navigate(QuestionSetNavigation.setAddress(theirs), QuestionSetView.class);

        assertThat(view.title.getText()).isEqualTo("No such question set");
        assertThat(view.content.isVisible()).isFalse();
        assertThat(navigate("sets/not-a-number", QuestionSetView.class).title.getText())
                .isEqualTo("No such question set");
    }

    @Test
    void a_set_is_deleted_from_the_list() {
        sets.create(ME, new QuestionSetDraft("To delete", null));
        QuestionSetsView view = navigate(QuestionSetsView.class);

        view.delete(sets.sets(ME).getFirst());

        assertThat(sets.sets(ME)).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Deleted To delete.");
    }
}
