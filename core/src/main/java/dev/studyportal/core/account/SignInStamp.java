package dev.studyportal.core.account;

/**
 * What a sign-in was made under: the account, and how many times that account's sign-ins had been
 * revoked by then. A session keeps the stamp of its login; once the account's stamp has moved on (its
 * password changed or was reset, it was disabled) or the account is gone, the session no longer
 * holds. A counter rather than a time, so that the nodes of a cluster need not agree on the clock;
 * the account id too, so that a new account under a deleted one's name does not inherit its sessions.
 */
public record SignInStamp(long accountId, long generation) {}
