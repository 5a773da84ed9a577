package dev.studyportal.core.account;

/**
 * Something a person signs in with has changed: their password, or their two-step sign-in. Whatever
 * lets them in without it (other sessions, "keep me logged in" tokens) ends, except the session the
 * change was made in (OWASP ASVS 5.0 7.4.3).
 */
public sealed interface SignInFactorChanged permits PasswordChanged, TwoStepChanged {

    String username();
}
