package dev.studyportal.webapp;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import java.util.EnumSet;

/** Accounts behind the usernames that tests sign in as with {@code @WithMockUser}. */
public final class TestLearners {

    public static final String PASSWORD = "a long test password";

    private TestLearners() {
    }

    public static void ensure(AccountService accounts, String username) {
        if (!accounts.exists(username)) {
            accounts.create(new SignUp(username, "Test " + username, null, PASSWORD), EnumSet.of(Role.LEARNER));
        }
    }
}
