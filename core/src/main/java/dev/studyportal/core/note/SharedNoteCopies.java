package dev.studyportal.core.note;

import dev.studyportal.core.account.UserAccount;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The copies a person has shared with cohorts, for the export of their own data. Not a guarded service: its
 * caller has tied the account to the signed-in person already.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class SharedNoteCopies {

    /** One shared copy, with the question it is on and the cohort it went to. */
    public record Copy(String questionKey, String questionTitle, String cohortName, Instant sharedAt, String body) {}

    private final SharedNoteRepository shared;

    SharedNoteCopies(SharedNoteRepository shared) {
        this.shared = shared;
    }

    /** Every copy the person has shared, hidden ones included (they are still kept until withdrawn). */
    public List<Copy> sharedBy(UserAccount author) {
        return shared.findAllOfAuthor(author.id()).stream()
                .map(copy -> new Copy(
                        copy.getQuestion().getKey().value(),
                        copy.getQuestion().getTitle(),
                        copy.getCohort().getName(),
                        copy.getSharedAt(),
                        copy.getBody()))
                .toList();
    }
}
