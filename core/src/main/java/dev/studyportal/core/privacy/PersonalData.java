package dev.studyportal.core.privacy;

import dev.studyportal.core.account.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the portal keeps about one person, as they download it. Never the password hash:
 * it is of no use to them and of much use to anyone who finds the file.
 */
public record PersonalData(
        Instant exportedAt,
        Profile account,
        Preferences studyPreferences,
        List<Card> cards,
        List<Review> reviews,
        List<NoteEntry> notes,
        List<Plan> plans,
        List<Activity> activity,
        List<CohortMembership> cohorts,
        List<CohortEvent> cohortActivity,
        List<AssignmentStanding> assignments) {

    public record Profile(
            String username, String displayName, @Nullable String email, Set<Role> roles, Instant createdAt) {}

    public record Preferences(
            double desiredRetention, int dailyNewLimit, int dailyReviewLimit, String timeZone, String appearance) {}

    public record Card(
            String questionKey,
            String questionTitle,
            String status,
            String phase,
            @Nullable Double stability,
            @Nullable Double difficulty,
            @Nullable Instant dueAt,
            @Nullable Instant lastReviewAt,
            int reps,
            int lapses,
            int agains,
            @Nullable Instant lastGoodAt,
            @Nullable Instant lastBadAt,
            boolean bookmarked) {}

    public record Review(
            String questionKey,
            String questionTitle,
            String rating,
            Instant reviewedAt,
            long durationMs,
            int contentVersion,
            @Nullable Double retrievability,
            Instant dueAfter,
            double stabilityAfter,
            @Nullable Instant undoneAt) {}

    /**
     * A study plan with its scope, named as the learner chose it: pages by title and file, sections by page and
     * title (ids mean nothing outside the portal), and tags.
     */
    public record Plan(
            String name,
            LocalDate startDate,
            @Nullable LocalDate interviewDate,
            @Nullable Integer dailyNewBudget,
            boolean archived,
            List<String> pages,
            List<String> sections,
            List<String> tags) {}

    /**
     * The learner's ratings in one quarter hour (UTC) as the dashboard sums them: the undone ones left out,
     * and of the ratings of cards in review state how many were recalled (not "Again").
     */
    public record Activity(
            Instant quarterHourStart, long reviews, long durationMs, long matureReviews, long matureRecalled) {}

    public record NoteEntry(
            String questionKey, String questionTitle, String visibility, Instant updatedAt, String body) {}

    /** A cohort the person is in: their role there, since when, and whether they share their progress with it. */
    public record CohortMembership(String cohort, String role, Instant joinedAt, boolean sharing, boolean archived) {}

    /**
     * A line of a cohort's feed about the person (joined, left, was removed, a streak milestone, an assignment
     * finished), kept after they left it; lines about other members are theirs, not this person's.
     */
    public record CohortEvent(
            String cohort, String kind, @Nullable String detail, Instant occurredAt) {}

    /**
     * Where the person stands with an assignment of a cohort they study in, by its completion rule, as Today and
     * the cohort's teachers see it: how many of its questions count so far.
     */
    public record AssignmentStanding(
            String cohort,
            String questionSet,
            LocalDate dueDate,
            Instant dueAt,
            String state,
            int questionsCounting,
            int questions) {}
}
