package dev.studyportal.core.cohort;

/** Why an invitation code lets nobody in, each with the message the person who tried it reads. */
public enum InviteProblem {
    MALFORMED("That is not an invitation code: a code has 28 letters and digits, in groups of four. "
            + "Copy it again from the message you were sent."),
    UNKNOWN("No invitation has that code. Check it for typing mistakes, or ask the cohort's owner for a new one."),
    EXPIRED("This invitation has expired. Ask the cohort's owner for a new one."),
    REVOKED("This invitation was withdrawn by the cohort's owner. Ask them for a new one."),
    USED_UP("This invitation has been used as many times as its owner allowed. Ask the cohort's owner for a new one."),
    ARCHIVED("This cohort is archived and takes no new members."),
    ALREADY_MEMBER("You are already in this cohort.");

    private final String message;

    InviteProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
