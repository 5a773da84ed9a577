package dev.studyportal.core.cohort;

/**
 * A person's role in one cohort; it says nothing about other cohorts or the portal. Owners and
 * instructors teach: they assign sets and see progress on the cohort's assignments. Only owners manage
 * the cohort itself (its name, invites' limits aside, archiving, roles).
 */
public enum CohortRole {
    OWNER,
    INSTRUCTOR,
    MEMBER;

    public boolean teaches() {
        return this != MEMBER;
    }

    public boolean owns() {
        return this == OWNER;
    }
}
