package dev.studyportal.core.account;

import java.util.Set;

/** What the sign-in check needs of an account, and nothing more. */
public record LoginAccount(String username, String passwordHash, Set<Role> roles, boolean enabled, boolean locked) {
}
