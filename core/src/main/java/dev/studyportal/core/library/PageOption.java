package dev.studyportal.core.library;

/** A page of the bank, as the library's page filter offers it. */
public record PageOption(long id, String title) {}
