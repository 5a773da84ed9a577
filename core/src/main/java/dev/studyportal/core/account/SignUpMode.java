package dev.studyportal.core.account;

/** Who may create an account. The very first account of a portal is always allowed. */
public enum SignUpMode {
    /** Anyone may sign up. */
    OPEN,
    /** Sign-up needs a single-use code an administrator made. */
    INVITE_ONLY,
    /** Nobody may sign up: the sign-up page says so and the login page offers no link to it. */
    CLOSED
}
