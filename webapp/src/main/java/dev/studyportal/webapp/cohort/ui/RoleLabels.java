package dev.studyportal.webapp.cohort.ui;

import dev.studyportal.core.cohort.CohortRole;

/** A cohort role in words. */
final class RoleLabels {

    private RoleLabels() {}

    static String label(CohortRole role) {
        return switch (role) {
            case OWNER -> "Owner";
            case INSTRUCTOR -> "Instructor";
            case MEMBER -> "Member";
        };
    }
}
