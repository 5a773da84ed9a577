package dev.studyportal.importer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.content.QuestionRepository;
import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.core.note.NoteService;
import dev.studyportal.core.review.LearnerCard;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.DatabaseCleaner;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.importer.BankImporter;
import dev.studyportal.importer.ImporterTestApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Whatever an author does to a question, the learner who reviewed it and wrote a note on it still
 * has both afterwards, on the same question row. One case per kind of edit.
 */
@SpringBootTest(classes = ImporterTestApplication.class)
@MariaDbTest
class QuestionIdentityMariaDbTest {

    static final String ML = "ml/basics.md";
    static final String DL = "dl/networks.md";
    static final String OVERFITTING_ANSWER = """
            **Answer:** The model learns the noise of its training data as if it were signal, so it
            scores well on that data and badly on new data. Prevent it with more data, regularization
            (L1, L2, dropout), early stopping, and cross-validation to see it happen.""";

    static final String ML_PAGE = """
            ---
            title: Machine learning basics
            ---
            ## Foundations

            ### 1. What is overfitting and how do you prevent it?
            %s

            ### 2. What is the bias-variance trade-off?
            **Answer:** Simple models are biased and miss patterns; flexible models vary with every
            sample of the training data. The best model balances the two errors.

            ## Evaluation

            ### 3. What is cross-validation?
            **Answer:** Splitting the data into folds, training on all but one and testing on the rest,
            in turn, to estimate how a model does on data it has not seen.
            """.formatted(OVERFITTING_ANSWER);

    static final String DL_PAGE = """
            ## Networks

            ### 1. What is backpropagation?
            **Answer:** The chain rule applied from the loss backwards through the layers, giving the
            gradient of the loss for every weight so that gradient descent can update it.
            """;

    @Autowired
    BankImporter importer;

    @Autowired
    QuestionRepository questions;

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewService reviews;

    @Autowired
    NoteService notes;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    TestBank bank;

    @BeforeEach
    void bankAndLearner() {
        DatabaseCleaner.empty(dataSource);
        bank = new TestBank(folder).write(ML, ML_PAGE).write(DL, DL_PAGE);
        assertThat(importer.sync(bank.root(), false).ok()).isTrue();
        accounts.create(new SignUp("ana", "Ana", null, "a long password"), EnumSet.of(Role.LEARNER));
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit(
                        "an edited answer",
                        ChangeKind.UPDATED,
                        b -> b.write(ML, ML_PAGE.replace("badly on new data", "poorly on data it has not seen"))),
                edit(
                        "a reworded title",
                        ChangeKind.UPDATED,
                        b -> b.write(
                                ML,
                                ML_PAGE.replace(
                                        "What is overfitting and how do you prevent it?",
                                        "What is overfitting, and how can it be prevented?"))),
                edit(
                        "a reworded title and a reworked answer",
                        ChangeKind.UPDATED,
                        b -> b.write(
                                ML,
                                ML_PAGE.replace(
                                                "What is overfitting and how do you prevent it?",
                                                "What is overfitting and how can you avoid it?")
                                        .replace(
                                                "Prevent it with more data, regularization",
                                                "Avoid it with more training examples, weight penalties"))),
                edit(
                        "a move to another section",
                        ChangeKind.MOVED,
                        b -> b.write(ML, moveOverfittingTo(ML_PAGE, "## Evaluation\n"))),
                edit(
                        "a move to another page",
                        ChangeKind.MOVED,
                        b -> b.write(ML, withoutOverfitting(ML_PAGE)).write(DL, DL_PAGE + "\n" + overfitting("2"))),
                edit("a renamed file", ChangeKind.MOVED, b -> b.delete(ML).write("ml/fundamentals.md", ML_PAGE)),
                edit(
                        "an explicit heading id",
                        ChangeKind.MOVED,
                        b -> b.write(ML, ML_PAGE.replace("prevent it?\n", "prevent it? {#overfitting}\n"))),
                edit("a removal", ChangeKind.RETIRED, b -> b.write(ML, withoutOverfitting(ML_PAGE))),
                edit(
                        "renumbering",
                        null,
                        b -> b.write(ML, ML_PAGE.replace("### 1. What is overfitting", "### 7. What is overfitting"))),
                edit("a renamed section", null, b -> b.write(ML, ML_PAGE.replace("## Foundations", "## Core ideas"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void a_learner_keeps_reviews_and_notes_through(String edit, ChangeKind expected, Consumer<TestBank> change) {
        long id = overfitting().id();
        reviews.rate("ana", id, Rating.GOOD, Duration.ofSeconds(9));
        reviews.rate("ana", id, Rating.HARD, Duration.ofSeconds(12));
        notes.save("ana", id, "Remember: dropout is regularization.");
        LearnerCard before = reviews.card("ana", id);

        change.accept(bank);
        SyncReport report = importer.sync(bank.root(), false);

        assertThat(report.ok()).isTrue();
        if (expected == null) {
            assertThat(report.changes()).isEmpty();
        } else {
            // A renamed file moves every question on it; each edit here changes one kind only.
            assertThat(report.changes())
                    .extracting(QuestionChange::change)
                    .isNotEmpty()
                    .containsOnly(expected);
        }
        assertThat(questions.count()).as("no question was duplicated").isEqualTo(4);
        LearnerCard after = reviews.card("ana", id);
        assertThat(after.reviews()).isEqualTo(2);
        assertThat(after.history()).hasSize(2);
        assertThat(after.stabilityDays()).isEqualTo(before.stabilityDays());
        assertThat(after.due()).isEqualTo(before.due());
        assertThat(notes.note("ana", id)).isEqualTo("Remember: dropout is regularization.");
    }

    @Test
    void a_round_trip_through_edits_comes_back_to_the_same_rows() {
        long overfitting = overfitting().id();
        reviews.rate("ana", overfitting, Rating.GOOD, Duration.ofSeconds(5));

        bank.write(ML, withoutOverfitting(ML_PAGE).replace("## Foundations", "## Core ideas"))
                .write(DL, DL_PAGE.replace("What is backpropagation?", "How does backpropagation work?"));
        SyncReport edited = importer.sync(bank.root(), false);
        assertThat(edited.changes())
                .extracting(QuestionChange::change)
                .containsExactlyInAnyOrder(ChangeKind.UPDATED, ChangeKind.RETIRED);

        bank.write(ML, ML_PAGE).write(DL, DL_PAGE);
        SyncReport back = importer.sync(bank.root(), false);

        assertThat(back.changes())
                .extracting(QuestionChange::change)
                .containsExactlyInAnyOrder(ChangeKind.UPDATED, ChangeKind.REVIVED);
        assertThat(questions.count()).isEqualTo(4);
        assertThat(questions.findById(overfitting))
                .get()
                .extracting(Question::isRetired)
                .isEqualTo(false);
        assertThat(reviews.card("ana", overfitting).reviews()).isEqualTo(1);
        assertThat(importer.sync(bank.root(), false).changes())
                .as("the original, once more, is a no-op")
                .isEmpty();
    }

    @Test
    void a_different_question_with_a_similar_title_is_not_taken_for_the_old_one() {
        long overfitting = overfitting().id();
        bank.write(
                ML,
                ML_PAGE.replace("### 1. What is overfitting and how do you prevent it?\n" + OVERFITTING_ANSWER, """
                ### 1. What is underfitting and how do you prevent it?
                **Answer:** A model too simple for the pattern in the data, with high error on the
                training set itself. Use a richer model, better features, or less regularization."""));

        SyncReport report = importer.sync(bank.root(), false);

        assertThat(report.changes())
                .extracting(QuestionChange::change)
                .containsExactlyInAnyOrder(ChangeKind.RETIRED, ChangeKind.ADDED);
        assertThat(questions.findById(overfitting))
                .get()
                .extracting(Question::isRetired)
                .isEqualTo(true);
    }

    @Test
    void a_question_that_left_the_bank_is_recognised_when_it_comes_back_reworded() {
        long overfitting = overfitting().id();
        bank.write(ML, withoutOverfitting(ML_PAGE));
        importer.sync(bank.root(), false);

        bank.write(
                ML,
                ML_PAGE.replace(
                        "What is overfitting and how do you prevent it?",
                        "Overfitting: what is it, and how do you prevent it?"));
        SyncReport back = importer.sync(bank.root(), false);

        assertThat(back.changes()).extracting(QuestionChange::change).containsExactly(ChangeKind.REVIVED);
        assertThat(questions.findById(overfitting))
                .get()
                .extracting(Question::getTitle)
                .isEqualTo("Overfitting: what is it, and how do you prevent it?");
    }

    private Question overfitting() {
        return questions.findAll().stream()
                .filter(q -> q.getTitle().startsWith("What is overfitting"))
                .findFirst()
                .orElseThrow();
    }

    private static Arguments edit(String name, ChangeKind expected, Consumer<TestBank> change) {
        return Arguments.of(name, expected, change);
    }

    private static String overfitting(String number) {
        return "### " + number + ". What is overfitting and how do you prevent it?\n" + OVERFITTING_ANSWER + "\n";
    }

    private static String withoutOverfitting(String page) {
        return page.replace(overfitting("1"), "");
    }

    private static String moveOverfittingTo(String page, String sectionHeading) {
        return withoutOverfitting(page).replace(sectionHeading, sectionHeading + "\n" + overfitting("1"));
    }
}
