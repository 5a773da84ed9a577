package dev.studyportal.core.account;

/**
 * Published when an administrator has disabled an account or reset its password, or its owner has reset
 * it with a mailed link: the portal ends the person's open sessions and deletes their "keep me logged in"
 * tokens, so only the new state counts.
 */
public record SignInRevoked(String username) {}
