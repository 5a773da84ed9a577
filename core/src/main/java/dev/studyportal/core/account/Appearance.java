package dev.studyportal.core.account;

/** Whether the portal shows light or dark to a person; by default whatever their system prefers. */
public enum Appearance {
    /** Follow the device's light or dark setting (the browser's prefers-color-scheme). */
    SYSTEM,
    LIGHT,
    DARK
}
