package dev.studyportal.webapp.security;

import dev.studyportal.core.account.SignInStamp;
import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A person as Spring Security keeps them in a session, with the {@link SignInStamp} their login was
 * made under, so that {@link RevokedSignInCheck} can tell later whether that login still holds.
 * Equal to any other user of the same username, as Spring's {@link User} is, so the session registry
 * finds every session of a person whichever login made it.
 */
public final class PortalUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignInStamp stamp;
    private final boolean passwordChangeDue;

    PortalUser(
            String username,
            String passwordHash,
            boolean enabled,
            boolean locked,
            Collection<? extends GrantedAuthority> authorities,
            SignInStamp stamp,
            boolean passwordChangeDue) {
        super(username, passwordHash, enabled, true, true, !locked, authorities);
        this.stamp = stamp;
        this.passwordChangeDue = passwordChangeDue;
    }

    public SignInStamp stamp() {
        return stamp;
    }

    /** Signed in with a password an administrator set: they must choose their own before going on. */
    public boolean passwordChangeDue() {
        return passwordChangeDue;
    }

    /** The same person and stamp with another password hash, as a login stores after re-hashing. */
    PortalUser withPasswordHash(String passwordHash) {
        return new PortalUser(
                getUsername(),
                passwordHash,
                isEnabled(),
                !isAccountNonLocked(),
                getAuthorities(),
                stamp,
                passwordChangeDue);
    }
}
