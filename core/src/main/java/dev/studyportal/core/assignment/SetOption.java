package dev.studyportal.core.assignment;

/** One of the assigner's own question sets, as the create dialog offers it. */
public record SetOption(long id, String name, int questions) {}
