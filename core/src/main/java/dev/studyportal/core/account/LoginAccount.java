package dev.studyportal.core.account;

import java.util.Set;

/**
 * What the sign-in check needs of an account, and nothing more.
 *
 * @param stamp what a session made by this login signs in under, to tell later whether it still holds
 * @param passwordChangeDue an administrator set the password: the person must choose their own before going on
 */
public record LoginAccount(
        String username,
        String passwordHash,
        Set<Role> roles,
        boolean enabled,
        boolean locked,
        SignInStamp stamp,
        boolean passwordChangeDue) {}
