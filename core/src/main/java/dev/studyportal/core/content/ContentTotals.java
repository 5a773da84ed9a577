package dev.studyportal.core.content;

/** How much active content the bank holds. */
public record ContentTotals(long pages, long sections, long questions) {}
