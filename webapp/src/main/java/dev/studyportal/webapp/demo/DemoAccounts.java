package dev.studyportal.webapp.demo;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.webapp.security.PortalItself;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's people (DESIGN.md, "Demo profile data"), so every screen has someone to show.
 * The shared password is for demonstrations only; the README says so.
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "studyportal-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final PortalItself portal;

    DemoAccounts(AccountService accounts, PortalItself portal) {
        this.accounts = accounts;
        this.portal = portal;
    }

    // Creating accounts with roles is an administrator's act, and at start-up nobody is signed in.
    @Override
    public void run(ApplicationArguments args) {
        portal.actAsAdministrator(() -> {
            create("admin", "Ada Admin", EnumSet.of(Role.ADMIN, Role.LEARNER), ZoneId.of("UTC"));
            create("instructor", "Ian Instructor", EnumSet.of(Role.INSTRUCTOR, Role.LEARNER), ZoneId.of("UTC"));
            for (DemoLearner learner : DemoLearner.values()) {
                create(
                        learner.username(),
                        "Learner " + (learner.ordinal() + 1),
                        EnumSet.of(Role.LEARNER),
                        learner.zone());
            }
        });
    }

    private void create(String username, String displayName, Set<Role> roles, ZoneId zone) {
        if (accounts.exists(username)) {
            return;
        }
        accounts.create(new SignUp(username, displayName, null, PASSWORD), roles, zone);
        log.info("Demo account {} created with the demo password", username);
    }
}
