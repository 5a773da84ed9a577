package dev.studyportal.core.cohort;

import dev.studyportal.core.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A study group. Its time zone is the one due dates are read in, so that "due on the 14th" means the same
 * moment for every member wherever they are. An archived cohort is kept, read-only.
 */
@Entity
@Table(name = "cohort")
public class Cohort extends AbstractEntity {

    public static final int NAME_LENGTH = 100;
    public static final int DESCRIPTION_LENGTH = 1000;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(length = DESCRIPTION_LENGTH)
    private @Nullable String description;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Cohort() {}

    public Cohort(String name, @Nullable String description, ZoneId timeZone, Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.name = "";
        this.timeZone = "UTC";
        describe(name, description, timeZone);
    }

    /** Takes a checked name, description and time zone; the service words the messages for people. */
    public void describe(String name, @Nullable String description, ZoneId timeZone) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("A cohort needs a name of 1 to " + NAME_LENGTH + " characters");
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException(
                    "A cohort's description has at most " + DESCRIPTION_LENGTH + " characters");
        }
        this.name = trimmed;
        this.description = text;
        this.timeZone = timeZone.getId();
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public ZoneId getTimeZone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException unknownHere) {
            // A zone id this JDK's tz data no longer knows: read due dates in UTC rather than fail the page.
            return ZoneId.of("UTC");
        }
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
