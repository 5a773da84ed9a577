package dev.studyportal.core.testsupport;

import java.sql.Connection;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips database tests on a developer's machine without MariaDB, and never on CI: there the
 * tests run and fail with the connection error.
 */
class MariaDbAvailability implements ExecutionCondition {

    private static volatile Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (MariaDb.mustBePresent() || isReachable()) {
            return ConditionEvaluationResult.enabled("MariaDB is required here");
        }
        return ConditionEvaluationResult.disabled("No MariaDB at " + MariaDb.SERVER_URL
                + " (set TEST_MYSQL_URL, or start it; CI=true makes this a failure)");
    }

    private static boolean isReachable() {
        if (reachable == null) {
            try (Connection ignored = MariaDb.connect()) {
                reachable = true;
            } catch (Exception e) {
                reachable = false;
            }
        }
        return reachable;
    }
}
