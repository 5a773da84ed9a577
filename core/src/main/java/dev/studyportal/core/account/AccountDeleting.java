package dev.studyportal.core.account;

/**
 * Published inside the transaction that deletes a person's account, just before the account row
 * goes, so that every feature deletes what it keeps about them in that same transaction: all of it
 * goes, or (when one of them fails) none of it.
 */
public record AccountDeleting(long accountId, String username) {}
