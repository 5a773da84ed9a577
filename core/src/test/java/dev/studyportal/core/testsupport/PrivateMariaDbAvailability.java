package dev.studyportal.core.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips tests that need a private MariaDB server on a developer's machine without MariaDB's
 * binaries, and never on CI: there they run and fail saying what is missing.
 */
class PrivateMariaDbAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (MariaDb.mustBePresent() || PrivateMariaDbServer.isInstalled()) {
            return ConditionEvaluationResult.enabled("A private MariaDB server is required here");
        }
        return ConditionEvaluationResult.disabled("No mariadbd and mariadb-install-db on this machine"
                + " (install mariadb-server; CI=true makes this a failure)");
    }
}
