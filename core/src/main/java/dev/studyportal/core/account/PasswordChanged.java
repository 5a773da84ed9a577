package dev.studyportal.core.account;

/**
 * Published when a person's password has changed, so that whatever else lets them in without it
 * (such as a "keep me logged in" token) can be revoked.
 */
public record PasswordChanged(String username) implements SignInFactorChanged {}
