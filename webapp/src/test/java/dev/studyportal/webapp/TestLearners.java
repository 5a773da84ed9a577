package dev.studyportal.webapp;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Accounts behind the usernames that tests sign in as with {@code @WithMockUser}, and set-up done in
 * somebody's name: the services check every caller, tests included.
 */
public final class TestLearners {

    public static final String PASSWORD = "a long test password";

    private static final String SET_UP_ADMIN = "test:set-up";

    /** The strategy the current test's portal checks callers with; see {@link ContextUnderTest}. */
    private static volatile SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    private TestLearners() {}

    public static void ensure(AccountService accounts, String username) {
        asAdministrator(() -> {
            if (!accounts.exists(username)) {
                accounts.create(new SignUp(username, "Test " + username, null, PASSWORD), EnumSet.of(Role.LEARNER));
            }
            return null;
        });
    }

    public static boolean exists(AccountService accounts, String username) {
        return asAdministrator(() -> accounts.exists(username));
    }

    /** Where the current test's portal looks for the signed-in person. */
    public static SecurityContextHolderStrategy securityContextHolder() {
        return holder;
    }

    /** Runs set-up only an administrator may do, whoever the test is signed in as, and puts the test's sign-in back. */
    public static <T> T asAdministrator(Supplier<T> work) {
        return signedInAs(SET_UP_ADMIN, work, Role.ADMIN);
    }

    /** Runs the work as the named person would, from their own session. */
    public static void signedInAs(String username, Runnable work) {
        signedInAs(
                username,
                () -> {
                    work.run();
                    return null;
                },
                Role.LEARNER);
    }

    /** What the named learner gets when they ask from their own session. */
    public static <T> T asLearner(String username, Supplier<T> work) {
        return signedInAs(username, work, Role.LEARNER);
    }

    private static <T> T signedInAs(String username, Supplier<T> work, Role... roles) {
        SecurityContext before = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(
                username,
                null,
                Arrays.stream(roles).map(role -> "ROLE_" + role.name()).toArray(String[]::new)));
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.setContext(before);
        }
    }

    /**
     * Points {@link TestLearners} at the security context strategy of the portal the test runs against,
     * as spring-security-test does for {@code @WithMockUser}. Each portal's method security reads its own
     * (Vaadin's, with a thread-local of its own), and the global one belongs to whichever portal started
     * last; with several portals in one JVM (the end-to-end tests), the global one may be another's.
     */
    public static final class ContextUnderTest implements TestExecutionListener {

        @Override
        public void beforeTestMethod(TestContext testContext) {
            holder = testContext
                    .getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class)
                    .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        }
    }
}
