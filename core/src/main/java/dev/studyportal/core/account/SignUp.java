package dev.studyportal.core.account;

import org.jspecify.annotations.Nullable;

/** What a person types to create an account. Checked by {@link AccountService#signUp}. */
public record SignUp(
        String username, String displayName, @Nullable String email, String password) {}
