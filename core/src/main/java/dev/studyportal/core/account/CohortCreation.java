package dev.studyportal.core.account;

/** Who may make a new cohort; an administrator chooses. Whoever makes one becomes its owner. */
public enum CohortCreation {
    /** Anyone signed in. */
    EVERYONE,
    /** Only holders of the portal-wide {@link Role#INSTRUCTOR} role. */
    INSTRUCTORS;

    public boolean allows(UserAccount person) {
        return this == EVERYONE || person.getRoles().contains(Role.INSTRUCTOR);
    }
}
