package dev.studyportal.core.account;

/** Published when a person has turned two-step sign-in on or off for themselves. */
public record TwoStepChanged(String username) implements SignInFactorChanged {}
