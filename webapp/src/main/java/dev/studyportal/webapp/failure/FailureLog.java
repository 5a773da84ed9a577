package dev.studyportal.webapp.failure;

import dev.studyportal.core.failure.DatabaseOutage;
import dev.studyportal.core.failure.FailureReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * Logs each failure a person ran into once, under a short reference shown to them, so that an
 * administrator can find it from what they were told.
 */
final class FailureLog {

    private static final Logger log = LoggerFactory.getLogger(FailureLog.class);

    private FailureLog() {}

    static String record(Throwable failure) {
        String reference = FailureReference.next();
        if (DatabaseOutage.isCauseOf(failure)) {
            // Expected while the database restarts; the stack trace would only bury the message.
            log.warn("[{}] The database could not be reached: {}", reference, rootMessage(failure));
        } else {
            log.error("[{}] Unexpected failure", reference, failure);
        }
        return reference;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
