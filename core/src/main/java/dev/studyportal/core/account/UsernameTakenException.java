package dev.studyportal.core.account;

/** The one refusal of a sign-up that tells something about other people: the name is someone's already. */
public class UsernameTakenException extends InvalidAccountDetailsException {

    UsernameTakenException() {
        super("username", "That username is taken; choose another.");
    }
}
