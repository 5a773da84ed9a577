package dev.studyportal.core.testsupport;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.content.Page;
import dev.studyportal.core.content.PageDescription;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.content.QuestionContent;
import dev.studyportal.core.content.QuestionKey;
import dev.studyportal.core.content.QuestionPlacement;
import dev.studyportal.core.content.Section;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A question bank with learners, written straight into the test database: the set-up that service tests share.
 * A test empties the database and stands the context's {@link MutableClock} (see {@link TestClock}) at its start
 * with {@link #reset(Instant)}, writes the pages, sections and questions it needs with {@link #write(Consumer)}
 * and signs up its learners with {@link #learner(String)}. A test that moves the clock further autowires it.
 * <p>
 * Content is persisted through the entity manager rather than the content feature's repositories, so that the
 * fixture does not reach into a feature; accounts go through {@link AccountService} as a sign-up would.
 * Core's component scan finds this class, so every core, importer and webapp test context can autowire it.
 */
@Component
public class TestBank {

    /** Long enough for the password policy; the tests that sign in use it. */
    public static final String PASSWORD = "a long password";

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;
    private final AccountService accounts;
    private final MutableClock clock;

    TestBank(
            EntityManager entityManager,
            TransactionTemplate transaction,
            DataSource dataSource,
            AccountService accounts,
            MutableClock clock) {
        this.entityManager = entityManager;
        this.transaction = transaction;
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Empties every table (see {@link DatabaseCleaner}) and leaves the clock where the last test left it. */
    public void reset() {
        DatabaseCleaner.empty(dataSource);
    }

    /** Empties every table and stands the clock at {@code now}. */
    public void reset(Instant now) {
        reset();
        clock.set(now);
    }

    /** Writes content in one transaction, as an import would. */
    public void write(Consumer<Content> writing) {
        transaction.executeWithoutResult(status -> writing.accept(new Content(entityManager)));
    }

    /** Writes content in one transaction and returns what the writing returns (an id, usually). */
    public <T> T writeAndGet(Function<Content, T> writing) {
        T written = transaction.execute(status -> writing.apply(new Content(entityManager)));
        if (written == null) {
            throw new IllegalArgumentException("The writing returned nothing; use write(...) instead");
        }
        return written;
    }

    /** A learner whose display name is the username capitalised ({@code ana} is "Ana"); returns the account's id. */
    public long learner(String username) {
        return account(username, capitalised(username), Role.LEARNER);
    }

    /** A learner who studies in the given time zone. */
    public long learner(String username, ZoneId timeZone) {
        return accounts.create(
                        new SignUp(username, capitalised(username), null, PASSWORD), EnumSet.of(Role.LEARNER), timeZone)
                .id();
    }

    /** Learners named as {@link #learner(String)} names them, in order; returns their ids in the same order. */
    public List<Long> learners(String... usernames) {
        List<Long> ids = new ArrayList<>();
        for (String username : usernames) {
            ids.add(learner(username));
        }
        return ids;
    }

    /** An account with the given display name and roles, and no e-mail address. */
    public long account(String username, String displayName, Role role, Role... moreRoles) {
        return accounts.create(new SignUp(username, displayName, null, PASSWORD), EnumSet.of(role, moreRoles))
                .id();
    }

    private static String capitalised(String username) {
        return Character.toUpperCase(username.charAt(0)) + username.substring(1);
    }

    /**
     * A page described as Docusaurus would mark it {@code unlisted}: reachable by its link, offered in no list.
     * For {@link Content#page(String, String, UnaryOperator)}.
     */
    public static PageDescription unlisted(PageDescription description) {
        return new PageDescription(
                description.path(),
                description.title(),
                description.sidebarPosition(),
                description.frontMatter(),
                description.customEditUrl(),
                description.tags(),
                description.category(),
                description.categoryIndex(),
                description.sidebarLabel(),
                description.slug(),
                true);
    }

    /**
     * Pages, sections and questions, written inside one transaction. Sections take the next position on their
     * page and questions the next on their section, in the order they are written, so that the bank reads in
     * that order; a question's number is its position plus one.
     */
    public static final class Content {

        private final EntityManager entityManager;
        private final Map<Page, Integer> sectionsOnPage = new IdentityHashMap<>();
        private final Map<Section, Integer> questionsInSection = new IdentityHashMap<>();

        private Content(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        /** A page {@code docId.md} as the importer stores it before it reads the front matter. */
        public Page page(String docId, String title) {
            Page page = new Page(docId, docId + ".md", title);
            entityManager.persist(page);
            return page;
        }

        /** A page with front matter: {@code description} is given the page's path and title to add to. */
        public Page page(String docId, String title, UnaryOperator<PageDescription> description) {
            Page page = page(docId, title);
            page.describe(description.apply(PageDescription.of(page.getPath(), title)));
            return page;
        }

        /** A section that an earlier writing stored; its questions' positions start again at 0 in this one. */
        public Section section(long id) {
            return entityManager.find(Section.class, id);
        }

        public Section section(Page page, String slug, String title) {
            Section section = new Section(page, slug, title, next(sectionsOnPage, page));
            entityManager.persist(section);
            return section;
        }

        /** A question whose answer is "Answer"; returns its id. */
        public long question(Section section, String title) {
            return question(section, title, "Answer");
        }

        public long question(Section section, String title, String answer) {
            Page page = section.getPage();
            int position = next(questionsInSection, section);
            Question question = new Question(
                    QuestionKey.derived(page.getDocId(), title),
                    section,
                    new QuestionContent(title, answer),
                    new QuestionPlacement(String.valueOf(position + 1), position, page.getPath(), position + 1));
            entityManager.persist(question);
            return question.id();
        }

        /** {@code count} questions titled "Basics question 1?", "Basics question 2?"… after their section. */
        public List<Long> questions(Section section, int count) {
            return questions(section, count, number -> section.getTitle() + " question " + number + "?");
        }

        /** {@code count} questions titled by {@code title} from their number (1, 2…); returns their ids in order. */
        public List<Long> questions(Section section, int count, IntFunction<String> title) {
            List<Long> ids = new ArrayList<>();
            for (int number = 1; number <= count; number++) {
                ids.add(question(section, title.apply(number)));
            }
            return ids;
        }

        /** A question that an earlier writing stored, to retire or rewrite as a sync would. */
        public Question question(long id) {
            return entityManager.find(Question.class, id);
        }

        private static <T> int next(Map<T, Integer> counts, T parent) {
            return counts.merge(parent, 1, Integer::sum) - 1;
        }
    }
}
