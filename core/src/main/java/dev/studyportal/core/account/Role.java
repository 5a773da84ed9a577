package dev.studyportal.core.account;

/** What a person may do in the portal. A person can hold several roles. */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    ADMIN
}
