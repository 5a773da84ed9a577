package dev.studyportal.core.privacy;

import dev.studyportal.core.account.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the portal keeps about one person, as they download it. Never the password hash:
 * it is of no use to them and of much use to anyone who finds the file.
 */
public record PersonalData(Instant exportedAt, Profile account, Preferences studyPreferences, List<Card> cards,
                           List<Review> reviews, List<NoteEntry> notes) {

    public record Profile(String username, String displayName, @Nullable String email, Set<Role> roles,
                          Instant createdAt) {
    }

    public record Preferences(double desiredRetention, int dailyNewLimit, int dailyReviewLimit, String timeZone,
                              String appearance) {
    }

    public record Card(String questionKey, String questionTitle, String status, String phase,
                       @Nullable Double stability, @Nullable Double difficulty, @Nullable Instant dueAt,
                       @Nullable Instant lastReviewAt, int reps, int lapses, boolean bookmarked) {
    }

    public record Review(String questionKey, String questionTitle, String rating, Instant reviewedAt, long durationMs,
                         int contentVersion, @Nullable Double retrievability, Instant dueAfter, double stabilityAfter,
                         @Nullable Instant undoneAt) {
    }

    public record NoteEntry(String questionKey, String questionTitle, String visibility, Instant updatedAt,
                            String body) {
    }
}
