package dev.studyportal.core.account;

/** What a person may do in the portal. A person can hold several roles. */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    ADMIN;

    /** The names again as constants, for annotations that take a string ({@code @RolesAllowed}). */
    public static final class Names {

        public static final String LEARNER = "LEARNER";
        public static final String INSTRUCTOR = "INSTRUCTOR";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
