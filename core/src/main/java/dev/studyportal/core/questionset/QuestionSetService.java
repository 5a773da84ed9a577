package dev.studyportal.core.questionset;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.library.LibraryEntry;
import dev.studyportal.core.library.LibraryFilter;
import dev.studyportal.core.library.LibraryService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's question sets: made, named, filled from the library, ordered, and deleted. Anyone signed in
 * builds their own; a set is private to its author and reaches a cohort only through an assignment. Each
 * call acts for the person it names, on their own sets only ({@link OwnData}); someone else's set is "no such
 * set".
 * <p>
 * A set may be empty while it is being built: nothing here refuses emptiness. Assigning an empty set is
 * what makes no sense, and the assignments feature refuses that ({@link QuestionSet#size()}). A set never
 * holds more than {@link QuestionSet#MAXIMUM_SIZE} questions: an addition that would pass that is refused
 * whole, nothing of it saved.
 */
@Service
@Transactional
@OwnData
public class QuestionSetService {

    private final QuestionSetRepository sets;
    private final Learners accounts;
    private final LibraryService library;
    private final ObjectProvider<QuestionSetUsage> usage;
    private final Clock clock;

    QuestionSetService(
            QuestionSetRepository sets,
            Learners accounts,
            LibraryService library,
            ObjectProvider<QuestionSetUsage> usage,
            Clock clock) {
        this.sets = sets;
        this.accounts = accounts;
        this.library = library;
        this.usage = usage;
        this.clock = clock;
    }

    /** The person's sets by name, each with its size and how many of its questions the bank has retired. */
    @Transactional(readOnly = true)
    public List<QuestionSetSummary> sets(String username) {
        return sets.findSummaries(accounts.requireByUsername(username).id(), null);
    }

    /** @throws NoSuchQuestionSetException when the person has no set with that id */
    @Transactional(readOnly = true)
    public QuestionSetSummary set(String username, long setId) {
        UserAccount author = accounts.requireByUsername(username);
        return sets.findSummaries(author.id(), setId).stream()
                .findFirst()
                .orElseThrow(() -> new NoSuchQuestionSetException(setId));
    }

    /**
     * The set's questions in its order, with their current titles and places; retired ones stay, marked.
     *
     * @throws NoSuchQuestionSetException when the person has no set with that id
     */
    @Transactional(readOnly = true)
    public List<QuestionSetItem> questions(String username, long setId) {
        return sets.findItems(own(username, setId).id());
    }

    /**
     * Makes an empty set.
     *
     * @return the new set's id
     * @throws InvalidQuestionSetException with a message per field that cannot be taken; nothing is saved then
     */
    public long create(String username, QuestionSetDraft draft) {
        UserAccount author = accounts.requireByUsername(username);
        String name = checked(draft);
        return sets.save(new QuestionSet(author, name, draft.description(), clock.instant()))
                .id();
    }

    /**
     * Renames the set and changes its description.
     *
     * @throws InvalidQuestionSetException with a message per field that cannot be taken; nothing is changed then
     * @throws NoSuchQuestionSetException  when the person has no set with that id
     */
    public void describe(String username, long setId, QuestionSetDraft draft) {
        QuestionSet set = own(username, setId);
        set.describe(checked(draft), draft.description());
        set.changedAt(clock.instant());
    }

    /**
     * Deletes the set, unless an assignment uses it. Reviews of its questions stay with the questions.
     *
     * @throws QuestionSetInUseException  when a cohort has it assigned; nothing is deleted then
     * @throws NoSuchQuestionSetException when the person has no set with that id
     */
    public void delete(String username, long setId) {
        QuestionSet set = own(username, setId);
        QuestionSetUsage assignments = usage.getIfAvailable();
        if (assignments != null && assignments.isAssigned(set.id())) {
            throw new QuestionSetInUseException(set.getName());
        }
        sets.delete(set);
    }

    /**
     * Adds questions at the end of the set, in the order given. Questions already in the set keep their place
     * and are not counted again. All or nothing: when any question cannot be added, none is.
     *
     * @return how many questions were added
     * @throws InvalidQuestionSetException (field "questions") when none is given, one is not in the bank or has
     *                                     been retired from it, or the set would pass its size limit
     * @throws NoSuchQuestionSetException  when the person has no set with that id
     */
    public int add(String username, long setId, Collection<Long> questionIds) {
        return add(own(username, setId), questionIds);
    }

    /**
     * Adds every question the library finds for this search and filters (as the person sees the library), in
     * the library's order, after the set's own questions. All or nothing, as {@link #add}.
     *
     * @return how many questions were added
     * @throws InvalidQuestionSetException (field "questions") when the search finds nothing or too many
     * @throws NoSuchQuestionSetException  when the person has no set with that id
     */
    public int addFound(String username, long setId, LibraryFilter filter) {
        QuestionSet set = own(username, setId);
        long found = library.count(username, filter);
        if (found == 0) {
            throw InvalidQuestionSetException.questions("This search finds no question, so there is nothing to add.");
        }
        if (found > QuestionSet.MAXIMUM_SIZE) {
            throw InvalidQuestionSetException.questions(("This search finds %d questions, and a set holds at most %d. "
                            + "Narrow the search with words or filters, then add again.")
                    .formatted(found, QuestionSet.MAXIMUM_SIZE));
        }
        List<Long> ids = library.find(username, filter, PageRequest.of(0, (int) found)).stream()
                .map(LibraryEntry::id)
                .toList();
        return add(set, ids);
    }

    /**
     * Takes a question out of the set; the others close up behind it.
     *
     * @return whether it was in the set
     * @throws NoSuchQuestionSetException when the person has no set with that id
     */
    public boolean remove(String username, long setId, long questionId) {
        QuestionSet set = own(username, setId);
        List<Long> order = new ArrayList<>(set.questionIds());
        if (!order.remove(questionId)) {
            return false;
        }
        set.arrange(order);
        set.changedAt(clock.instant());
        return true;
    }

    /**
     * Moves a question to another place in the set; a place past either end means that end.
     *
     * @param position where the question goes, 0 for first
     * @throws InvalidQuestionSetException (field "questions") when the question is not in the set
     * @throws NoSuchQuestionSetException  when the person has no set with that id
     */
    public void move(String username, long setId, long questionId, int position) {
        QuestionSet set = own(username, setId);
        List<Long> order = new ArrayList<>(set.questionIds());
        if (!order.remove(questionId)) {
            throw InvalidQuestionSetException.questions(
                    "That question is no longer in this set; it may have been removed in another window.");
        }
        order.add(Math.clamp(position, 0, order.size()), questionId);
        set.arrange(order);
        set.changedAt(clock.instant());
    }

    private int add(QuestionSet set, Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            throw InvalidQuestionSetException.questions("Choose at least one question to add.");
        }
        Set<Long> present = new HashSet<>(set.questionIds());
        List<Long> fresh = new ArrayList<>(new LinkedHashSet<>(questionIds));
        fresh.removeAll(present);
        int room = QuestionSet.MAXIMUM_SIZE - set.size();
        // Counted before the bank is asked, so that an oversized request costs no query of thousands of ids.
        if (fresh.size() > room) {
            throw InvalidQuestionSetException.questions(("A set holds at most %d questions. This one has %d, and these "
                            + "would add %d more: add at most %d, or start another set for the rest.")
                    .formatted(QuestionSet.MAXIMUM_SIZE, set.size(), fresh.size(), room));
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        Set<Long> known = new HashSet<>(sets.findExistingQuestions(fresh));
        List<Long> unknown = fresh.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidQuestionSetException.questions(("%s not in the question bank (id %s); nothing was added. "
                            + "Find the questions in the library and add them from there.")
                    .formatted(
                            unknown.size() == 1 ? "One question is" : unknown.size() + " questions are",
                            String.join(
                                            ", ",
                                            unknown.stream()
                                                    .limit(5)
                                                    .map(String::valueOf)
                                                    .toList())
                                    + (unknown.size() > 5 ? ", …" : "")));
        }
        List<Long> retired = sets.findRetiredQuestions(fresh);
        if (!retired.isEmpty()) {
            throw InvalidQuestionSetException.questions(("%s been retired from the question bank; nothing was added. "
                            + "Only current questions can join a set.")
                    .formatted(
                            retired.size() == 1
                                    ? "One of these questions has"
                                    : retired.size() + " of these questions have"));
        }
        List<Long> order = new ArrayList<>(set.questionIds());
        order.addAll(fresh);
        set.arrange(order);
        set.changedAt(clock.instant());
        return fresh.size();
    }

    /** The draft's name, once the whole draft is known to be acceptable. */
    private String checked(QuestionSetDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "Give the set a name.");
        } else if (name.length() > QuestionSet.NAME_LENGTH) {
            errors.put(
                    "name",
                    "Keep the name to %d characters or fewer; this one has %d."
                            .formatted(QuestionSet.NAME_LENGTH, name.length()));
        }
        String description =
                draft.description() == null ? "" : draft.description().strip();
        if (description.length() > QuestionSet.DESCRIPTION_LENGTH) {
            errors.put(
                    "description",
                    "Keep the description to %d characters or fewer; this one has %d."
                            .formatted(QuestionSet.DESCRIPTION_LENGTH, description.length()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidQuestionSetException(errors);
        }
        return name;
    }

    private QuestionSet own(String username, long setId) {
        UserAccount author = accounts.requireByUsername(username);
        return sets.findOwn(author.id(), setId).orElseThrow(() -> new NoSuchQuestionSetException(setId));
    }
}
