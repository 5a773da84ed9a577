package dev.studyportal.core.cohort;

import org.jspecify.annotations.Nullable;

/**
 * An invitation as an owner asks for it: valid for {@code validDays} from now (7 unless they choose), and
 * used by at most {@code maxUses} people ({@code null} for no limit).
 */
public record InviteDraft(
        @Nullable Integer validDays, @Nullable Integer maxUses) {

    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 30;
    public static final int MAX_USES = 1000;

    public static InviteDraft defaults() {
        return new InviteDraft(DEFAULT_DAYS, null);
    }
}
