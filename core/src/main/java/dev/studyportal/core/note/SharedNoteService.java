package dev.studyportal.core.note;

import dev.studyportal.core.access.OwnData;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.UserAccount;
import dev.studyportal.core.cohort.CohortAccess;
import dev.studyportal.core.cohort.CohortMember;
import dev.studyportal.core.cohort.CohortPermissionException;
import dev.studyportal.core.cohort.NoSuchCohortException;
import dev.studyportal.core.content.Question;
import dev.studyportal.core.content.Questions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes a learner shares with their cohorts, and the notes fellow members share with them. Each call acts
 * for the learner it names ({@link OwnData}) and asks {@link CohortAccess} about their cohorts on every call,
 * so that a removed member loses access at once: a learner reads the shared notes of the cohorts they are in
 * now, and shares only into those.
 * <p>
 * What is shared is a copy of the note taken at sharing (see {@link SharedNote}); the learner's own note stays
 * private, and "share again" brings the copy up to date. A note shows in a cohort while its author remains a
 * member; leaving or being removed hides it there.
 */
@Service
@Transactional
@OwnData
public class SharedNoteService {

    private final SharedNoteRepository shared;
    private final NoteRepository notes;
    private final Learners accounts;
    private final Questions questions;
    private final CohortAccess access;
    private final Clock clock;

    SharedNoteService(
            SharedNoteRepository shared,
            NoteRepository notes,
            Learners accounts,
            Questions questions,
            CohortAccess access,
            Clock clock) {
        this.shared = shared;
        this.notes = notes;
        this.accounts = accounts;
        this.questions = questions;
        this.access = access;
        this.clock = clock;
    }

    /** What fellow members of the learner's cohorts shared on the question, newest first; never the learner's own. */
    @Transactional(readOnly = true)
    public List<CohortNote> sharedWith(String username, long questionId) {
        UserAccount reader = accounts.requireByUsername(username);
        List<Long> cohorts = access.memberships(reader).stream()
                .map(member -> member.getCohort().id())
                .toList();
        if (cohorts.isEmpty()) {
            return List.of();
        }
        return shared.findShared(questionId, cohorts, reader.id());
    }

    /** For each of the learner's cohorts, whether their note on the question is shared there, by cohort name. */
    @Transactional(readOnly = true)
    public List<NoteSharing> sharing(String username, long questionId) {
        UserAccount author = accounts.requireByUsername(username);
        Map<Long, SharedNote> copies = shared.findVisibleOfAuthor(author.id(), questionId).stream()
                .collect(Collectors.toMap(copy -> copy.getCohortId(), Function.identity()));
        String note = notes.find(username, questionId).map(Note::getBody).orElse("");
        return access.memberships(author).stream()
                .map(member -> {
                    SharedNote copy = copies.get(member.getCohort().id());
                    return new NoteSharing(
                            member.getCohort().id(),
                            member.getCohort().getName(),
                            member.getCohort().isArchived(),
                            copy == null ? null : copy.getSharedAt(),
                            copy != null && copy.getBody().equals(note));
                })
                .toList();
    }

    /**
     * Shares the learner's note on the question with one of their cohorts as it reads now, or brings the shared
     * copy up to date.
     *
     * @throws CannotShareNoteException  when the note is empty
     * @throws NoSuchCohortException     when the learner is not in the cohort
     * @throws CohortPermissionException when the cohort is archived
     */
    public void share(String username, long questionId, long cohortId) {
        UserAccount author = accounts.requireByUsername(username);
        CohortMember member = access.writableMember(cohortId, author);
        String body = notes.find(username, questionId).map(Note::getBody).orElse("");
        if (body.isBlank()) {
            throw new CannotShareNoteException("Your note on this question is empty: write it first, then share it.");
        }
        shared.find(cohortId, author.id(), questionId)
                .ifPresentOrElse(
                        copy -> copy.reshare(body, clock.instant()),
                        () -> shared.save(new SharedNote(
                                member.getCohort(), author, question(questionId), body, clock.instant())));
    }

    /**
     * Takes the learner's shared note on the question out of the cohort; their own note stays. Allowed in an
     * archived cohort too: withdrawing only ever shows less.
     *
     * @return whether it was shared there
     * @throws NoSuchCohortException when the learner is not in the cohort
     */
    public boolean withdraw(String username, long questionId, long cohortId) {
        UserAccount author = accounts.requireByUsername(username);
        access.member(cohortId, author);
        return shared.find(cohortId, author.id(), questionId)
                .map(copy -> {
                    shared.delete(copy);
                    return true;
                })
                .orElse(false);
    }

    private Question question(long questionId) {
        return questions
                .findById(questionId)
                .orElseThrow(() -> new CannotShareNoteException("There is no such question to share a note on."));
    }
}
