package dev.studyportal.core.review;

import dev.studyportal.core.review.fsrs.Rating;
import java.time.Instant;

/** One past rating of a question, as its history lists it. */
public record ReviewEntry(Instant at, Rating rating, Instant dueAfter, int contentVersion) {}
