package dev.studyportal.core.cohort;

/** Where an invitation stands, as the owner's list shows it. */
public enum InviteState {
    OPEN,
    EXPIRED,
    REVOKED,
    USED_UP
}
